package com.refundpilot.sandbox.platform.taobao;

/** The subset of Taobao refund statuses the sandbox platform moves through. */
public enum RefundStatus {
    WAIT_SELLER_AGREE,
    /** The merchant agreed to the return; the buyer's turn to ship it (the merchant's clock stops). */
    WAIT_BUYER_RETURN_GOODS,
    /** The buyer sent the goods back; the merchant confirms receipt (and refunds) before the deadline. */
    WAIT_SELLER_CONFIRM_GOODS,
    SELLER_REFUSE_BUYER,
    /** An exchange: the merchant received the return and shipped the replacement; the buyer confirms it. */
    WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS,
    SUCCESS,
    CLOSED;

    /** The merchant's deadline runs (and the platform auto-refunds at it) only in these. */
    public boolean waitsOnMerchant() {
        return this == WAIT_SELLER_AGREE || this == WAIT_SELLER_CONFIRM_GOODS;
    }

    /** The open stages in which the merchant may still agree or refuse. */
    public boolean merchantMayDecide() {
        return waitsOnMerchant() || this == WAIT_BUYER_RETURN_GOODS;
    }

    public boolean finished() {
        return this == SUCCESS || this == CLOSED;
    }
}
