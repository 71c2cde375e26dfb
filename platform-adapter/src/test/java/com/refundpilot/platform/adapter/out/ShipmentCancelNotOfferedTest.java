package com.refundpilot.platform.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.jd.JdPlatformApi;
import com.refundpilot.platform.adapter.out.wechat.WechatChannelsPlatformApi;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.config.JdProperties;
import com.refundpilot.platform.config.WechatChannelsProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ADR 0011: WeChat Channels and JD have no call to report a cancelled shipment; they refuse it before any call. */
class ShipmentCancelNotOfferedTest {

    private static ReportShipmentCancelled report(Platform platform) {
        OrderRef order = new OrderRef(platform, "shop-1", "T1");
        return new ReportShipmentCancelled(order, order.caseIdOf("R1"), "R1", 100, Instant.parse("2026-11-11T02:00:00Z"),
                order.caseIdOf("R1") + ":REPORT_SHIPMENT_CANCELLED", "NS-1", null);
    }

    @Test
    void wechatAndJdRefuseItAsNotSupportedWithoutTouchingTheirClients() {
        // null clients: any call to the platform would fail the test with a NullPointerException
        var wechat = new WechatChannelsProperties("http://127.0.0.1:1", "wx", "secret", "token",
                "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", Duration.ofMinutes(5), 65536, Duration.ofHours(72),
                Duration.ofSeconds(10), Duration.ofSeconds(2), Set.of(), Set.of());
        var jd = new JdProperties("http://127.0.0.1:1", "app", "secret", Duration.ofMinutes(5), 65536,
                Duration.ofHours(48), Duration.ofMillis(300), Set.of(), Set.of());
        List<PlatformApi> withoutTheCall = List.of(new WechatChannelsPlatformApi(null, null, wechat),
                new JdPlatformApi(null, jd));
        for (PlatformApi api : withoutTheCall) {
            Platform platform = api.platforms().iterator().next();
            DecisionOutcome outcome = api.reportShipmentCancelled(report(platform));
            assertThat(outcome.succeeded()).as("%s", platform).isFalse();
            assertThat(outcome.alreadyDone()).isFalse();
            assertThat(outcome.code()).isEqualTo("PLATFORM_NOT_SUPPORTED");
            assertThat(api.shipmentCancelReported(report(platform))).isFalse();
        }
    }
}
