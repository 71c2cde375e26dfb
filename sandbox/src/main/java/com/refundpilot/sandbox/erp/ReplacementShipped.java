package com.refundpilot.sandbox.erp;

/** The answer to a reship / ship-exchange: the new parcel, and the order afterwards. */
public record ReplacementShipped(String kind, String carrier, String trackingNo, String sku, int quantity,
        ErpOrderView order) {

    static ReplacementShipped of(ReplacementParcel parcel, ErpOrderView order) {
        return new ReplacementShipped(parcel.kind(), parcel.carrier(), parcel.trackingNo(), parcel.sku(),
                parcel.quantity(), order);
    }
}
