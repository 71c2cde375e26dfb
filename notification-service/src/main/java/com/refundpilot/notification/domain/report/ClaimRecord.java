package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.Platform;
import java.time.LocalDate;

/**
 * A courier claim as the report keeps it: the day it was filed (first seen) and, once the courier decided,
 * the day it was settled. A claim is open on a day when it was filed by then and not settled by then.
 */
public record ClaimRecord(String claimId, Platform platform, String shopId, String sku, LocalDate filedOn,
        LocalDate settledOn, ClaimStatus settledAs) {

    public boolean openOn(LocalDate date) {
        return !filedOn.isAfter(date) && (settledOn == null || settledOn.isAfter(date));
    }

    public String filedKey() {
        return "claim-filed:" + claimId;
    }

    public String settledKey() {
        return "claim-settled:" + claimId;
    }
}
