package com.refundpilot.logistics.domain;

import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import java.time.Instant;

/** One request sent to the courier for a parcel and its answer ({@code code} null when accepted). */
public record CourierRequestAttempt(Instant at, String caseId, CourierRequestKind kind, String requestId, boolean ok,
        String code, String claimId) {
}
