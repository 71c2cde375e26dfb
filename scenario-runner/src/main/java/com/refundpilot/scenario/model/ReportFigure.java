package com.refundpilot.scenario.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A figure of the RP-3 daily report a scenario may check ({@code expect: {report: {...}}}, this project's extension
 * of the format). Each one is a figure of notification-service's {@code GET /api/reports/daily} for the whole shop
 * (its {@code shop} object); the runner maps it to that field.
 */
public enum ReportFigure {
    /** {@code shop.requests.count}: cases opened that day. */
    REQUESTS("requests", Kind.COUNT),
    /** {@code shop.requests.amountFen}: what those cases asked for. */
    REQUESTED_FEN("requestedFen", Kind.FEN),
    /** {@code shop.refunds.count}: cases closed REFUNDED that day. */
    REFUNDS("refunds", Kind.COUNT),
    /** {@code shop.refunds.amountFen}. */
    REFUNDED_FEN("refundedFen", Kind.FEN),
    /** {@code shop.refunds.autoApproved}: of the refunds, those decided by a rule. */
    AUTO_APPROVED("autoApproved", Kind.COUNT),
    /** {@code shop.refunds.autoApprovalRate} (null when there were no refunds). */
    AUTO_APPROVAL_RATE("autoApprovalRate", Kind.RATE),
    /** {@code shop.refunds.medianTimeToRefundSeconds} (null when there were no refunds). */
    MEDIAN_TIME_TO_REFUND("medianTimeToRefund", Kind.DURATION),
    /** {@code shop.platformAutoRefunds.count}. */
    PLATFORM_AUTO_REFUNDS("platformAutoRefunds", Kind.COUNT),
    /** {@code shop.platformAutoRefunds.amountFen}. */
    PLATFORM_AUTO_REFUNDED_FEN("platformAutoRefundedFen", Kind.FEN),
    /** {@code shop.losses.count}: 钱货两空. */
    LOSSES("losses", Kind.COUNT),
    /** {@code shop.losses.amountFen}. */
    LOSS_FEN("lossFen", Kind.FEN),
    /** {@code shop.intercepts.requested}: intercepts asked for that day. */
    INTERCEPTS_REQUESTED("interceptsRequested", Kind.COUNT),
    /** {@code shop.intercepts.succeeded}. */
    INTERCEPTS_SUCCEEDED("interceptsSucceeded", Kind.COUNT),
    /** {@code shop.intercepts.failed}. */
    INTERCEPTS_FAILED("interceptsFailed", Kind.COUNT),
    /** {@code shop.intercepts.successRate} (null when none was requested). */
    INTERCEPT_SUCCESS_RATE("interceptSuccessRate", Kind.RATE),
    /** {@code shop.claims.filed}: courier claims filed that day. */
    CLAIMS_FILED("claimsFiled", Kind.COUNT),
    /** {@code shop.claims.compensated}: claims settled with compensation that day. */
    CLAIMS_COMPENSATED("claimsCompensated", Kind.COUNT),
    /** {@code shop.claims.compensatedFen}. */
    CLAIMS_COMPENSATED_FEN("claimsCompensatedFen", Kind.FEN),
    /** {@code shop.claims.rejected}. */
    CLAIMS_REJECTED("claimsRejected", Kind.COUNT),
    /** {@code shop.claims.open}: filed by the end of the day and not settled by then. */
    CLAIMS_OPEN("claimsOpen", Kind.COUNT);

    /** How a figure is written and compared. */
    public enum Kind {
        /** A whole number, compared exactly. */
        COUNT,
        /** An amount in fen, compared exactly. */
        FEN,
        /** A number from 0 to 1, compared to {@link ReportExpectation#RATE_TOLERANCE}. */
        RATE,
        /** An ISO-8601 duration, compared to the second. */
        DURATION
    }

    private final String key;
    private final Kind kind;

    ReportFigure(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** Its key in a scenario file. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<ReportFigure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Every figure's key, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ReportFigure::key).toList();
    }
}
