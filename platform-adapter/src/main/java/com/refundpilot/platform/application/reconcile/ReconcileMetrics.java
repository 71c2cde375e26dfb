package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The sweep's meters: {@code refundpilot.reconcile.runs{platform,outcome}} (completed, failed, busy: another run held
 * the shop, lost: its claim ran out mid-run), {@code refundpilot.reconcile.listed{platform}} (changes read),
 * {@code refundpilot.reconcile.recovered{platform,topic}} (changes a webhook missed, told by the sweep: should stay
 * near 0) and the gauge {@code refundpilot.reconcile.cursor.lag{platform,shop}} (seconds between now and the end of
 * the last window listed completely).
 */
@Component
public class ReconcileMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lagSeconds = new ConcurrentHashMap<>();

    public ReconcileMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void run(Platform platform, String outcome) {
        Counter.builder("refundpilot.reconcile.runs").tag("platform", platform.name()).tag("outcome", outcome)
                .description("Reconciliation runs per shop, by how they ended").register(registry).increment();
    }

    void listed(Platform platform, int count) {
        Counter.builder("refundpilot.reconcile.listed").tag("platform", platform.name())
                .description("Changed after-sale orders the sweep read").register(registry).increment(count);
    }

    void recovered(Platform platform, String topic) {
        Counter.builder("refundpilot.reconcile.recovered").tag("platform", platform.name()).tag("topic", topic)
                .description("Changes whose webhook never came, told by the sweep").register(registry).increment();
    }

    void lag(Platform platform, String shopId, Instant coveredUntil, Instant now) {
        if (coveredUntil == null) {
            return;
        }
        lagSeconds.computeIfAbsent(platform + ":" + shopId, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("refundpilot.reconcile.cursor.lag", value, AtomicLong::get).baseUnit("seconds")
                    .tag("platform", platform.name()).tag("shop", shopId)
                    .description("How far behind now the sweep's cursor is").register(registry);
            return value;
        }).set(Math.max(0, Duration.between(coveredUntil, now).toSeconds()));
    }

    public double runs(Platform platform, String outcome) {
        Counter counter = registry.find("refundpilot.reconcile.runs").tag("platform", platform.name())
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    public double recovered(Platform platform) {
        return registry.find("refundpilot.reconcile.recovered").tag("platform", platform.name()).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
