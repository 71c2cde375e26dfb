package com.refundpilot.notification.application.report;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.notification.domain.report.Contribution;
import com.refundpilot.notification.domain.report.Figures;
import com.refundpilot.notification.domain.report.Measure;
import com.refundpilot.notification.domain.report.Tally;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The report's figures as meters for dashboards (RP-3), tagged by platform and shop. Counters grow only when a
 * contribution was really counted (never for a duplicate), so summing every instance is right; Prometheus
 * derives rates from them (ops/prometheus/alerts.yml records the intercept success and auto-approval rates).
 * The {@code refundpilot.report.today.*} gauges show the current local day's rates and median exactly as the
 * report API computes them, refreshed every {@code refundpilot.reports.gauge-interval} (NaN while undefined).
 * A shop's meters are registered at 0 when it becomes known (and at start for the shops known before), so
 * the first loss is an increase an alert can see.
 */
@Component
public class ReportMetrics {

    private final MeterRegistry registry;
    private final Map<String, TodayGauges> today = new ConcurrentHashMap<>();

    public ReportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the shop's meters at 0 (idempotent). */
    public void shopKnown(Platform platform, String shopId) {
        today.computeIfAbsent(platform + ":" + shopId, key -> {
            Tags tags = tags(platform, shopId);
            counter("refundpilot.report.requests", tags, "after-sales requests opened");
            counter("refundpilot.report.refunds", tags.and("automated", "true"), "cases refunded");
            counter("refundpilot.report.refunds", tags.and("automated", "false"), "cases refunded");
            counter("refundpilot.report.refunded.fen", tags, "money refunded, fen");
            counter("refundpilot.report.losses", tags, "钱货两空: refunded without the goods");
            counter("refundpilot.report.loss.fen", tags, "money refunded without the goods, fen");
            for (String result : new String[] {"requested", "succeeded", "failed"}) {
                counter("refundpilot.report.intercepts", tags.and("result", result), "courier intercepts");
            }
            for (String status : new String[] {"filed", "compensated", "rejected"}) {
                counter("refundpilot.report.claims", tags.and("status", status), "courier claims");
            }
            counter("refundpilot.report.claims.compensated.fen", tags, "courier compensation, fen");
            counter("refundpilot.report.supervisor.messages", tags, "daily supervisor messages composed");
            timeToRefund(tags);
            return new TodayGauges(registry, tags);
        });
    }

    /** A contribution that was counted. */
    public void counted(Contribution contribution) {
        Platform platform = contribution.day().platform();
        String shopId = contribution.day().shopId();
        shopKnown(platform, shopId);
        Tags tags = tags(platform, shopId);
        Tally delta = contribution.delta();
        increment("refundpilot.report.requests", tags, delta.count(Measure.REQUESTS));
        long automated = delta.count(Measure.AUTO_APPROVED);
        increment("refundpilot.report.refunds", tags.and("automated", "true"), automated);
        increment("refundpilot.report.refunds", tags.and("automated", "false"), delta.count(Measure.REFUNDS) - automated);
        increment("refundpilot.report.refunded.fen", tags, delta.count(Measure.REFUNDED_FEN));
        increment("refundpilot.report.losses", tags, delta.count(Measure.LOSSES));
        increment("refundpilot.report.loss.fen", tags, delta.count(Measure.LOSS_FEN));
        increment("refundpilot.report.intercepts", tags.and("result", "requested"),
                delta.count(Measure.INTERCEPTS_REQUESTED));
        increment("refundpilot.report.intercepts", tags.and("result", "succeeded"),
                delta.count(Measure.INTERCEPTS_SUCCEEDED));
        increment("refundpilot.report.intercepts", tags.and("result", "failed"), delta.count(Measure.INTERCEPTS_FAILED));
        increment("refundpilot.report.claims", tags.and("status", "filed"), delta.count(Measure.CLAIMS_FILED));
        increment("refundpilot.report.claims", tags.and("status", "compensated"),
                delta.count(Measure.CLAIMS_COMPENSATED));
        increment("refundpilot.report.claims", tags.and("status", "rejected"), delta.count(Measure.CLAIMS_REJECTED));
        increment("refundpilot.report.claims.compensated.fen", tags, delta.count(Measure.CLAIMS_COMPENSATED_FEN));
        delta.refundSeconds().forEach(seconds -> timeToRefund(tags).record(Duration.ofSeconds(seconds)));
    }

    public void supervisorMessageComposed(Platform platform, String shopId) {
        shopKnown(platform, shopId);
        increment("refundpilot.report.supervisor.messages", tags(platform, shopId), 1);
    }

    /** The shop's figures for the current local day, for the {@code today} gauges. */
    public void today(Platform platform, String shopId, Figures figures) {
        shopKnown(platform, shopId);
        today.get(platform + ":" + shopId).set(figures);
    }

    private void increment(String name, Tags tags, long amount) {
        if (amount > 0) {
            registry.counter(name, tags).increment(amount);
        }
    }

    private void counter(String name, Tags tags, String description) {
        Counter.builder(name).tags(tags).description(description).register(registry);
    }

    private Timer timeToRefund(Tags tags) {
        return Timer.builder("refundpilot.report.time.to.refund").tags(tags)
                .description("from the buyer's request to the refund (CaseClosed.timeToClose of REFUNDED cases)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(15)).register(registry);
    }

    private static Tags tags(Platform platform, String shopId) {
        return Tags.of("platform", platform.name(), "shop", shopId);
    }

    /** The current local day's rates and median of one shop. */
    private static final class TodayGauges {
        private final AtomicReference<Figures> figures = new AtomicReference<>();

        TodayGauges(MeterRegistry registry, Tags tags) {
            Gauge.builder("refundpilot.report.today.intercept.success.rate", figures,
                    f -> valueOf(f.get() == null ? null : f.get().intercepts().successRate()))
                    .tags(tags).description("today's intercepts that succeeded / requested").register(registry);
            Gauge.builder("refundpilot.report.today.auto.approval.rate", figures,
                    f -> valueOf(f.get() == null ? null : f.get().refunds().autoApprovalRate()))
                    .tags(tags).description("today's refunds decided by a rule / all refunds").register(registry);
            Gauge.builder("refundpilot.report.today.median.time.to.refund", figures,
                    f -> valueOf(f.get() == null ? null : f.get().refunds().medianTimeToRefundSeconds()))
                    .tags(tags).baseUnit("seconds").description("today's median time to refund").register(registry);
        }

        void set(Figures value) {
            figures.set(value);
        }

        private static double valueOf(Number value) {
            return value == null ? Double.NaN : value.doubleValue();
        }
    }
}
