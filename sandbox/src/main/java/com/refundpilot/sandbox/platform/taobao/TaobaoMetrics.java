package com.refundpilot.sandbox.platform.taobao;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The platform's counters; the stats endpoint reads the same counters Prometheus scrapes. */
@Component
public class TaobaoMetrics {

    private final Counter autoRefunds;
    private final Counter agreeCalls;

    public TaobaoMetrics(MeterRegistry registry) {
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

    public long autoRefunds() {
        return (long) autoRefunds.count();
    }

    public long agreeCalls() {
        return (long) agreeCalls.count();
    }
}
