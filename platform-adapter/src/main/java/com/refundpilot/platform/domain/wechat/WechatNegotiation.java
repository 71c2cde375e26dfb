package com.refundpilot.platform.domain.wechat;

/**
 * A 协商 waiting on the buyer ({@code merchant_update_detail}, shown only while USER_WAIT_CONFIRM_UPDATE): its kind
 * (1 invite to cancel, 2 invite to verify / add evidence, 3 modify), and the request's type (1 退款, 2 退货退款,
 * 3 换货) and amount before and as proposed.
 */
public record WechatNegotiation(int updateType, int oldType, int newType, long oldAmountFen, long newAmountFen) {

    public static final int CANCEL = 1;
    public static final int VERIFY = 2;
    public static final int MODIFY = 3;
}
