package com.refundpilot.sandbox.platform.taobao;

/** What the buyer asked for, and how Taobao files it (bill_type, reship flag, whether goods come back). */
public enum RefundType {
    REFUND_ONLY("refund_bill", false, false),
    RETURN_AND_REFUND("return_bill", false, true),
    EXCHANGE("replace_bill", false, true),
    RESHIP("refund_bill", true, false);

    private final String billType;
    private final boolean reship;
    private final boolean goodsReturn;

    RefundType(String billType, boolean reship, boolean goodsReturn) {
        this.billType = billType;
        this.reship = reship;
        this.goodsReturn = goodsReturn;
    }

    public String billType() {
        return billType;
    }

    public boolean reship() {
        return reship;
    }

    /** Taobao's has_good_return: the buyer sends goods back. */
    public boolean goodsReturn() {
        return goodsReturn;
    }

    /** Taobao's good_status: a buyer who sends goods back has received them. */
    public String goodStatus() {
        return goodsReturn ? "BUYER_RECEIVED" : "BUYER_NOT_RECEIVED";
    }
}
