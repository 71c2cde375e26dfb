package com.refundpilot.sandbox.platform.taobao;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The platform's counters; the stats endpoint reads the same counters Prometheus scrapes. */
@Component
public class TaobaoMetrics {

    private final MeterRegistry registry;
    private final Counter autoRefunds;
    private final Counter agreeCalls;
    private final Map<String, Counter> methodCalls = new ConcurrentHashMap<>();

    public TaobaoMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Exported as sandbox_platform_auto_refunds_total: refunds the merchant let time out.
        this.autoRefunds = Counter.builder("sandbox.platform.auto.refunds")
                .tag("platform", "TAOBAO")
                .description("Refunds the platform granted itself because the merchant's deadline passed")
                .register(registry);
        this.agreeCalls = Counter.builder("sandbox.platform.agree.calls")
                .tag("platform", "TAOBAO")
                .description("Agree entries received on taobao.rp.refunds.agree, accepted or not")
                .register(registry);
    }

    public void autoRefunded() {
        autoRefunds.increment();
    }

    public void agreeCalled() {
        agreeCalls.increment();
    }

    /** Every signed, well-formed TOP call by method name, refused or not (sandbox_platform_top_calls_total). */
    public void methodCalled(String method) {
        methodCalls.computeIfAbsent(method, m -> Counter.builder("sandbox.platform.top.calls")
                .tag("platform", "TAOBAO").tag("method", m)
                .description("Signed TOP calls received per method, accepted or refused")
                .register(registry)).increment();
    }

    public Map<String, Long> methodCalls() {
        Map<String, Long> calls = new TreeMap<>();
        methodCalls.forEach((method, counter) -> calls.put(method, (long) counter.count()));
        return calls;
    }

    public long autoRefunds() {
        return (long) autoRefunds.count();
    }

    public long agreeCalls() {
        return (long) agreeCalls.count();
    }
}
