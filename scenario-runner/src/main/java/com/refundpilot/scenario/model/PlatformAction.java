package com.refundpilot.scenario.model;

/** Calls to the sales platform (expect.platformActions). */
public enum PlatformAction implements Action {
    AGREE_REFUND, AGREE_PARTIAL_REFUND, AGREE_RETURN, REFUSE, NEGOTIATE, EXTEND_RECEIPT, UPLOAD_EVIDENCE,
    REPORT_SHIPMENT_CANCELLED, COMPENSATE, ACCEPT_COMPLAINT, REJECT_COMPLAINT;

    @Override
    public Target target() {
        return Target.PLATFORM;
    }

    /** {@code AGREE_REFUND} or {@code AGREE_PARTIAL_REFUND}: at most one per refund, always checked. */
    public boolean isAgreeing() {
        return this == AGREE_REFUND || this == AGREE_PARTIAL_REFUND;
    }
}
