package com.refundpilot.scenario.model;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Per-shop policy overrides ({@code policy:}). A null component is not overridden: the system's
 * default applies (the {@code DEFAULT_*} constants, which the {@code effective*} methods fall back to).
 *
 * @param highValueThresholdFen 高客单 threshold in fen
 * @param decisionMargin act "near the deadline" at deadline minus this
 * @param lastResortMargin last-resort action at deadline minus this
 * @param refundOn when RS-3 refunds after a successful intercept
 * @param labelPrintCutoff warehouse label batch print time, local time (Asia/Shanghai)
 * @param returnAddress where the returns warehouse is
 */
public record PolicyOverrides(
        Long highValueThresholdFen,
        Duration decisionMargin,
        Duration lastResortMargin,
        RefundOn refundOn,
        LocalTime labelPrintCutoff,
        Address returnAddress) {

    public static final long DEFAULT_HIGH_VALUE_THRESHOLD_FEN = 20_000;
    public static final Duration DEFAULT_DECISION_MARGIN = Duration.ofHours(24);
    public static final Duration DEFAULT_LAST_RESORT_MARGIN = Duration.ofHours(2);
    public static final RefundOn DEFAULT_REFUND_ON = RefundOn.INTERCEPT_CONFIRMED;
    public static final LocalTime DEFAULT_LABEL_PRINT_CUTOFF = LocalTime.of(9, 0);

    /** No overrides (a file without {@code policy:}). */
    public static final PolicyOverrides NONE = new PolicyOverrides(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public long effectiveHighValueThresholdFen() {
        return highValueThresholdFen != null ? highValueThresholdFen : DEFAULT_HIGH_VALUE_THRESHOLD_FEN;
    }

    public Duration effectiveDecisionMargin() {
        return decisionMargin != null ? decisionMargin : DEFAULT_DECISION_MARGIN;
    }

    public Duration effectiveLastResortMargin() {
        return lastResortMargin != null ? lastResortMargin : DEFAULT_LAST_RESORT_MARGIN;
    }

    public RefundOn effectiveRefundOn() {
        return refundOn != null ? refundOn : DEFAULT_REFUND_ON;
    }

    public LocalTime effectiveLabelPrintCutoff() {
        return labelPrintCutoff != null ? labelPrintCutoff : DEFAULT_LABEL_PRINT_CUTOFF;
    }

    public Address effectiveReturnAddress() {
        return returnAddress != null ? returnAddress : Address.DEFAULT_RETURN_ADDRESS;
    }
}
