package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * An intercept the report knows of, keyed by order and tracking number (the courier's outcome arrives as a
 * TrackingUpdated, which names only those): its outcome counts on the day it was asked for.
 */
public record InterceptRecord(String id, ShopDay requestedOn, String caseId, String sku) {

    public static String idOf(OrderRef order, String trackingNo) {
        return order.key() + ":" + trackingNo;
    }

    public String requestedKey() {
        return "intercept-requested:" + id;
    }

    public String outcomeKey() {
        return "intercept-outcome:" + id;
    }
}
