package com.refundpilot.sandbox.platform.taobao;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The platforms' counters, tagged with the platform (TAOBAO, TMALL, …); each platform's stats endpoint reads the
 * same counters Prometheus scrapes.
 */
@Component
public class TaobaoMetrics {

    private final MeterRegistry registry;
    private final Map<SandboxPlatform, Counter> autoRefunds = new EnumMap<>(SandboxPlatform.class);
    private final Map<SandboxPlatform, Counter> agreeCalls = new EnumMap<>(SandboxPlatform.class);
    private final Map<SandboxPlatform, Map<String, Counter>> methodCalls = new EnumMap<>(SandboxPlatform.class);

    public TaobaoMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (SandboxPlatform platform : SandboxPlatform.values()) {
            // Exported as sandbox_platform_auto_refunds_total: refunds the merchant let time out.
            autoRefunds.put(platform, Counter.builder("sandbox.platform.auto.refunds")
                    .tag("platform", platform.name())
                    .description("Refunds the platform granted itself because the merchant's deadline passed")
                    .register(registry));
            agreeCalls.put(platform, Counter.builder("sandbox.platform.agree.calls")
                    .tag("platform", platform.name())
                    .description("Agree calls received (TOP refund_infos entries), accepted or not")
                    .register(registry));
            methodCalls.put(platform, new ConcurrentHashMap<>());
        }
    }

    public void autoRefunded(SandboxPlatform platform) {
        autoRefunds.get(platform).increment();
    }

    public void agreeCalled(SandboxPlatform platform) {
        agreeCalls.get(platform).increment();
    }

    /**
     * Every signed, well-formed open-API call by method name, refused or not, on every platform's wire under one
     * name, {@code sandbox_platform_api_calls_total{platform,method}}: TOP's methods, the generic API's
     * {@code POST /after-sales/{id}/agree} style operations, JD's and PDD's router methods, Douyin's and WeChat's paths.
     */
    public void methodCalled(SandboxPlatform platform, String method) {
        methodCalls.get(platform).computeIfAbsent(method, m -> Counter.builder("sandbox.platform.api.calls")
                .tag("platform", platform.name()).tag("method", m)
                .description("Signed open-API calls received per method, accepted or refused")
                .register(registry)).increment();
    }

    public Map<String, Long> methodCalls(SandboxPlatform platform) {
        Map<String, Long> calls = new TreeMap<>();
        methodCalls.get(platform).forEach((method, counter) -> calls.put(method, (long) counter.count()));
        return calls;
    }

    public long autoRefunds(SandboxPlatform platform) {
        return (long) autoRefunds.get(platform).count();
    }

    public long agreeCalls(SandboxPlatform platform) {
        return (long) agreeCalls.get(platform).count();
    }
}
