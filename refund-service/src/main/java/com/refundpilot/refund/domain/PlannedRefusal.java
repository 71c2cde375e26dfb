package com.refundpilot.refund.domain;

/**
 * A refusal a rule wants but holds back (G-6: negotiate first): carried out at the last resort unless the
 * buyer settles it meanwhile. {@code reasonCode} is stable for the adapters; {@code reasonText} the buyer reads.
 */
public record PlannedRefusal(String ruleId, String reasonCode, String reasonText) {
}
