package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.RefundReason;

/**
 * What the report remembers of a case from its CaseOpened, to attribute later events (closing, decisions,
 * intercepts) to the case's SKU and reason. {@link #UNKNOWN} for a case opened before the report listened.
 */
public record CaseFacts(String sku, RefundReason reason) {

    public static final CaseFacts UNKNOWN = new CaseFacts(null, null);

    public String reasonName() {
        return reason == null ? "UNKNOWN" : reason.name();
    }
}
