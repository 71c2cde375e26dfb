package com.refundpilot.sandbox.erp;

/**
 * What the ERP answered to one operation: the order afterwards (and, for a reship or exchange shipment, the
 * new parcel), or a refusal with its reason.
 */
public record ErpAnswer(ErpOrderView order, ErpRefusal refusal, String detail, ReplacementParcel parcel) {

    static ErpAnswer done(ErpOrderView order) {
        return new ErpAnswer(order, null, null, null);
    }

    static ErpAnswer shipped(ErpOrderView order, ReplacementParcel parcel) {
        return new ErpAnswer(order, null, null, parcel);
    }

    static ErpAnswer refused(ErpOrderView order, ErpRefusal refusal, String detail) {
        return new ErpAnswer(order, refusal, detail, null);
    }

    public boolean ok() {
        return refusal == null;
    }

    /** The 200 body: the order view, or the new parcel with the order view. */
    public Object body() {
        return parcel == null ? order : ReplacementShipped.of(parcel, order);
    }
}
