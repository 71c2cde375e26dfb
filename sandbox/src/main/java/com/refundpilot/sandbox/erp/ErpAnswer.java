package com.refundpilot.sandbox.erp;

/** What the ERP answered to one operation: the order afterwards, or a refusal with its reason. */
public record ErpAnswer(ErpOrderView order, ErpRefusal refusal, String detail) {

    static ErpAnswer done(ErpOrderView order) {
        return new ErpAnswer(order, null, null);
    }

    static ErpAnswer refused(ErpOrderView order, ErpRefusal refusal, String detail) {
        return new ErpAnswer(order, refusal, detail);
    }

    public boolean ok() {
        return refusal == null;
    }
}
