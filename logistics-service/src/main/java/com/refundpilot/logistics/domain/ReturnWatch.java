package com.refundpilot.logistics.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What makes a registered parcel a buyer's return (退货): the case and the moment the buyer asked
 * ({@code requestedAt}, to recognise a parcel collected before the request), the re-check still pending
 * ({@code recheckAt}, null when none) and how often the courier answered "unknown" so far: the first time a re-check
 * 24 h later is planned, the second time is final (RR-12 then RR-3).
 */
public record ReturnWatch(String caseId, Instant requestedAt, Instant recheckAt, int unknownAnswers) {

    public ReturnWatch {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    static ReturnWatch start(String caseId, Instant requestedAt) {
        return new ReturnWatch(caseId, requestedAt, null, 0);
    }

    ReturnWatch recheckAt(Instant at) {
        return new ReturnWatch(caseId, requestedAt, at, unknownAnswers);
    }

    ReturnWatch unknownOnceMore(Instant nextRecheck) {
        return new ReturnWatch(caseId, requestedAt, nextRecheck, unknownAnswers + 1);
    }

    /** Whether a re-check is due at {@code now}. */
    public boolean recheckDue(Instant now) {
        return recheckAt != null && !recheckAt.isAfter(now);
    }
}
