package com.refundpilot.platform.config;

import static com.refundpilot.contracts.vocabulary.PlatformAction.ACCEPT_COMPLAINT;
import static com.refundpilot.contracts.vocabulary.PlatformAction.AGREE_PARTIAL_REFUND;
import static com.refundpilot.contracts.vocabulary.PlatformAction.AGREE_REFUND;
import static com.refundpilot.contracts.vocabulary.PlatformAction.AGREE_RETURN;
import static com.refundpilot.contracts.vocabulary.PlatformAction.EXCHANGE_SHIPPED;
import static com.refundpilot.contracts.vocabulary.PlatformAction.EXTEND_RECEIPT;
import static com.refundpilot.contracts.vocabulary.PlatformAction.NEGOTIATE;
import static com.refundpilot.contracts.vocabulary.PlatformAction.REFUSE;
import static com.refundpilot.contracts.vocabulary.PlatformAction.REPORT_SHIPMENT_CANCELLED;
import static com.refundpilot.contracts.vocabulary.PlatformAction.SEND_BUYER_MESSAGE;
import static com.refundpilot.contracts.vocabulary.PlatformAction.UPLOAD_EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Platform;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * What the adapter announces as shipped (platform-adapter.yml alone, as a deployment against the real platforms runs
 * it): the public calls only, no assumed call of the sandbox; and what it announces once given the sandbox's.
 */
class PlatformCapabilitiesTest {

    private static Binder shipped(String... overrides) throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("platform-adapter", new ClassPathResource("platform-adapter.yml"))
                .forEach(environment.getPropertySources()::addLast);
        for (String override : overrides) {
            String[] kv = override.split("=", 2);
            environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource(override,
                    java.util.Map.of(kv[0], kv[1])));
        }
        return Binder.get(environment);
    }

    private static PlatformCapabilities capabilities(Binder binder) {
        return PlatformCapabilities.of(
                binder.bind("refundpilot.platforms.taobao", TaobaoProperties.class).get(),
                binder.bind("refundpilot.platforms.generic", GenericProperties.class).get(),
                binder.bind("refundpilot.platforms.pinduoduo", PinduoduoProperties.class).get(),
                binder.bind("refundpilot.platforms.douyin", DouyinProperties.class).get(),
                binder.bind("refundpilot.platforms.wechat-channels", WechatChannelsProperties.class).get(),
                binder.bind("refundpilot.platforms.jd", JdProperties.class).get());
    }

    @Test
    void asShippedTheAdapterAnnouncesOnlyThePlatformsPublicCalls() throws IOException {
        PlatformCapabilities shipped = capabilities(shipped());

        assertThat(shipped.on(Platform.DOUYIN)).containsExactlyInAnyOrder(AGREE_REFUND, REFUSE, AGREE_RETURN,
                EXTEND_RECEIPT, UPLOAD_EVIDENCE, EXCHANGE_SHIPPED, REPORT_SHIPMENT_CANCELLED);
        assertThat(shipped.on(Platform.JD)).as("JD has no call to report a cancelled shipment (ADR 0011)")
                .containsExactlyInAnyOrder(AGREE_REFUND, REFUSE, SEND_BUYER_MESSAGE, AGREE_RETURN, EXCHANGE_SHIPPED);
        assertThat(shipped.on(Platform.WECHAT_CHANNELS)).containsExactlyInAnyOrder(AGREE_REFUND, AGREE_PARTIAL_REFUND,
                REFUSE, NEGOTIATE, AGREE_RETURN, UPLOAD_EVIDENCE, EXCHANGE_SHIPPED);
        assertThat(shipped.on(Platform.PINDUODUO)).doesNotContain(EXTEND_RECEIPT, AGREE_PARTIAL_REFUND);
        assertThat(shipped.on(Platform.TMALL)).isEqualTo(shipped.on(Platform.TAOBAO)).hasSize(13);
    }

    @Test
    void givenTheSandboxsAssumedCallsItAnnouncesThemToo() throws IOException {
        PlatformCapabilities sandbox = capabilities(shipped(
                "refundpilot.platforms.douyin.assumed-capabilities=NEGOTIATE,SEND_BUYER_MESSAGE",
                "refundpilot.platforms.jd.assumed-capabilities=EXTEND_RECEIPT",
                "refundpilot.platforms.wechat-channels.assumed-capabilities=ACCEPT_COMPLAINT"));

        assertThat(sandbox.on(Platform.DOUYIN)).contains(NEGOTIATE, SEND_BUYER_MESSAGE, AGREE_REFUND).hasSize(9);
        assertThat(sandbox.on(Platform.JD)).contains(EXTEND_RECEIPT).hasSize(6);
        assertThat(sandbox.on(Platform.WECHAT_CHANNELS)).contains(ACCEPT_COMPLAINT).hasSize(8);
    }
}
