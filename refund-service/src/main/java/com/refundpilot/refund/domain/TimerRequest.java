package com.refundpilot.refund.domain;

import java.time.Instant;

/** A timer to set (dueAt present) or cancel (dueAt null) for a case. */
public record TimerRequest(String caseId, CaseTimer timer, Instant dueAt) {

    public static TimerRequest schedule(String caseId, CaseTimer timer, Instant dueAt) {
        return new TimerRequest(caseId, timer, dueAt);
    }

    public static TimerRequest cancel(String caseId, CaseTimer timer) {
        return new TimerRequest(caseId, timer, null);
    }

    public boolean isCancel() {
        return dueAt == null;
    }
}
