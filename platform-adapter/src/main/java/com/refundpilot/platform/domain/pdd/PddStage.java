package com.refundpilot.platform.domain.pdd;

/**
 * PDD's {@code after_sales_status} codes (public SDKs) read as the stage of the SOP they stand for. Statuses 3 and 14
 * mean "the merchant acts" both before the return is agreed and after the buyer shipped it: the return waybill tells
 * the two apart.
 */
public enum PddStage {
    WAITING_MERCHANT, WAITING_MERCHANT_RECEIPT, MERCHANT_REFUSED, WAITING_BUYER_RETURN, PLATFORM_PROCESSING,
    PLATFORM_REJECTED, AGREED, REFUNDED, CLOSED, EXCHANGE_SHIPPED, FINISHED_WITHOUT_REFUND, REPAIR, UNKNOWN;

    public static PddStage of(int status, boolean returnShipped) {
        return switch (status) {
            case 2 -> WAITING_MERCHANT;
            case 3, 14 -> returnShipped ? WAITING_MERCHANT_RECEIPT : WAITING_MERCHANT;
            case 4, 5, 31 -> AGREED;
            case 6 -> MERCHANT_REFUSED;
            case 7, 15 -> WAITING_BUYER_RETURN;
            case 8 -> PLATFORM_PROCESSING;
            case 9 -> PLATFORM_REJECTED;
            case 10 -> REFUNDED;
            case 11, 12, 13 -> CLOSED;
            case 18 -> EXCHANGE_SHIPPED;
            case 16, 17, 32, 33 -> FINISHED_WITHOUT_REFUND;
            case 21, 22, 24, 25, 27 -> REPAIR;
            default -> UNKNOWN;
        };
    }

    /** The money went, or is on its way (agreed by the merchant or the platform). */
    public boolean paid() {
        return this == AGREED || this == REFUNDED;
    }
}
