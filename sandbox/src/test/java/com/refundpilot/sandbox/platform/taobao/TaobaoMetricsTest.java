package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Every platform's open-API calls count under one neutral name, told apart by the platform tag. */
class TaobaoMetricsTest {

    @Test
    void eachPlatformsCallsCountUnderOneNameTaggedWithItsPlatform() {
        var registry = new SimpleMeterRegistry();
        var metrics = new TaobaoMetrics(registry);

        metrics.methodCalled(SandboxPlatform.JD, "jingdong.asc.audit.send");
        metrics.methodCalled(SandboxPlatform.DOUYIN, "afterSale.operate");
        metrics.methodCalled(SandboxPlatform.DOUYIN, "afterSale.operate");
        metrics.methodCalled(SandboxPlatform.TAOBAO, "taobao.rp.refunds.agree");

        assertThat(registry.get("sandbox.platform.api.calls").tag("platform", "DOUYIN")
                .tag("method", "afterSale.operate").counter().count()).isEqualTo(2.0);
        assertThat(registry.get("sandbox.platform.api.calls").tag("platform", "JD").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("sandbox.platform.api.calls").tag("platform", "TAOBAO").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.find("sandbox.platform.generic.calls").counters()).isEmpty();
        assertThat(metrics.methodCalls(SandboxPlatform.DOUYIN)).containsEntry("afterSale.operate", 2L);
    }
}
