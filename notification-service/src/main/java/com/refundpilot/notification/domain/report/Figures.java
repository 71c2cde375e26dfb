package com.refundpilot.notification.domain.report;

import java.time.Duration;
import java.util.Map;

/**
 * The report's figures for a shop or a SKU on one day (money in fen). See {@link ReportEvents} for what each
 * one counts. Rates and the median are null when there is nothing to compute them from.
 */
public record Figures(Requests requests, Refunds refunds, Amounts platformAutoRefunds, Amounts losses,
        Intercepts intercepts, Claims claims, Map<String, Long> outcomes, Map<String, Long> decisionsByRule) {

    public record Requests(long count, long amountFen, Map<String, Long> byReason) {
    }

    /** {@code medianTimeToRefund} is an ISO-8601 duration, {@code medianTimeToRefundSeconds} the same in seconds. */
    public record Refunds(long count, long amountFen, Map<String, Long> byReason, long autoApproved,
            Double autoApprovalRate, Long medianTimeToRefundSeconds, String medianTimeToRefund) {
    }

    public record Amounts(long count, long amountFen) {
    }

    /** {@code pending}: requested, no outcome yet; {@code successRate} = succeeded / requested. */
    public record Intercepts(long requested, long succeeded, long failed, long pending, Double successRate) {
    }

    /** {@code open}: filed by the end of the day and not settled by then (from the claims register). */
    public record Claims(long filed, long filedValueFen, long compensated, long compensatedFen, long rejected,
            long open) {
    }

    public static Figures of(Tally t, long openClaims) {
        Long median = Statistics.median(t.refundSeconds());
        long requested = t.count(Measure.INTERCEPTS_REQUESTED);
        long succeeded = t.count(Measure.INTERCEPTS_SUCCEEDED);
        long failed = t.count(Measure.INTERCEPTS_FAILED);
        return new Figures(
                new Requests(t.count(Measure.REQUESTS), t.count(Measure.REQUESTED_FEN),
                        t.breakdown(Breakdown.REQUEST_REASONS)),
                new Refunds(t.count(Measure.REFUNDS), t.count(Measure.REFUNDED_FEN),
                        t.breakdown(Breakdown.REFUND_REASONS), t.count(Measure.AUTO_APPROVED),
                        Statistics.rate(t.count(Measure.AUTO_APPROVED), t.count(Measure.REFUNDS)), median,
                        median == null ? null : Duration.ofSeconds(median).toString()),
                new Amounts(t.count(Measure.PLATFORM_AUTO_REFUNDS), t.count(Measure.PLATFORM_AUTO_REFUNDED_FEN)),
                new Amounts(t.count(Measure.LOSSES), t.count(Measure.LOSS_FEN)),
                new Intercepts(requested, succeeded, failed, Math.max(0, requested - succeeded - failed),
                        Statistics.rate(succeeded, requested)),
                new Claims(t.count(Measure.CLAIMS_FILED), t.count(Measure.CLAIMS_FILED_FEN),
                        t.count(Measure.CLAIMS_COMPENSATED), t.count(Measure.CLAIMS_COMPENSATED_FEN),
                        t.count(Measure.CLAIMS_REJECTED), openClaims),
                t.breakdown(Breakdown.OUTCOMES), t.breakdown(Breakdown.RULES));
    }
}
