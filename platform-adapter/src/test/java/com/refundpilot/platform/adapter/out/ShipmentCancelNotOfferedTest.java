package com.refundpilot.platform.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.jd.JdPlatformApi;
import com.refundpilot.platform.adapter.out.wechat.WechatChannelsPlatformApi;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.time.Instant;
import java.util.List;
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
        List<PlatformApi> withoutTheCall = List.of(new WechatChannelsPlatformApi(null, null), new JdPlatformApi(null));
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
