package com.refundpilot.sandbox.erp;

/** What the ERP answered to recording a return's arrival or inspection or a weight: the record, or a refusal. */
public record ErpRecording(Object body, ErpRefusal refusal, String detail) {

    static ErpRecording recorded(Object body) {
        return new ErpRecording(body, null, null);
    }

    static ErpRecording refused(ErpRefusal refusal, String detail) {
        return new ErpRecording(null, refusal, detail);
    }

    public boolean ok() {
        return refusal == null;
    }
}
