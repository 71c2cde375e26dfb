package com.refundpilot.contracts.vocabulary;

/** Merchant decisions sent to a platform. Each is sent at most once per decision (G-4). */
public enum PlatformAction {
    AGREE_REFUND, AGREE_PARTIAL_REFUND, AGREE_RETURN, REFUSE, NEGOTIATE, EXTEND_RECEIPT, UPLOAD_EVIDENCE,
    REPORT_SHIPMENT_CANCELLED, COMPENSATE, ACCEPT_COMPLAINT, REJECT_COMPLAINT, SEND_BUYER_MESSAGE,
    /** EX-1: the exchange's replacement is shipped (卖家确认收货并发货): the request ends without a refund. */
    EXCHANGE_SHIPPED;

    /** True for the actions that pay the buyer: a refund may receive at most one of them. */
    public boolean paysBuyer() {
        return this == AGREE_REFUND || this == AGREE_PARTIAL_REFUND;
    }
}
