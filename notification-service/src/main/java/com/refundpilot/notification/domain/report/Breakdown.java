package com.refundpilot.notification.domain.report;

/** Counts by a name: reasons (RefundReason), outcomes (CaseOutcome), rules (rule IDs). Names are stored. */
public enum Breakdown {
    REQUEST_REASONS, REFUND_REASONS, OUTCOMES, RULES
}
