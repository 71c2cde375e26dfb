package com.refundpilot.sandbox.erp;

import java.util.List;

/** The order as the ERP's open API shows it (the failure knobs stay hidden, as in a real ERP). */
public record ErpOrderView(
        String orderId,
        String platform,
        String shopId,
        Fulfilment fulfilment,
        boolean forceShip,
        boolean cancelled,
        boolean interceptedInWarehouse,
        String interceptNote,
        List<String> flags,
        String carrier,
        String trackingNo,
        Integer weightGrams,
        boolean labelPrinted,
        Consignee consignee,
        ErpItem item,
        List<ReplacementParcel> replacements) {
}
