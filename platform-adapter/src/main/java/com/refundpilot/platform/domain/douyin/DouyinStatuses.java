package com.refundpilot.platform.domain.douyin;

/**
 * {@code after_sale_status} (docs/platform-wire-formats/douyin.md §3): 6 waiting on the merchant, 7 the buyer's turn
 * to return, 11 the return shipped (the merchant confirms receipt), 12 succeeded, 13 the replacement shipped, 27 / 29
 * refused before / after the return, 28 closed without money.
 */
public final class DouyinStatuses {

    public static final int WAITING_MERCHANT = 6;
    public static final int WAITING_BUYER_RETURN = 7;
    public static final int RETURN_SHIPPED = 11;
    public static final int SUCCEEDED = 12;
    public static final int EXCHANGE_SHIPPED = 13;
    public static final int REFUSED = 27;
    public static final int CLOSED = 28;
    public static final int REFUSED_AFTER_RETURN = 29;

    private DouyinStatuses() {
    }

    public static boolean refused(int status) {
        return status == REFUSED || status == REFUSED_AFTER_RETURN;
    }
}
