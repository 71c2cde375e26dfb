package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaobaoPropertiesTest {

    private static TaobaoProperties withTmall(URI tmallWebhookUrl) {
        return new TaobaoProperties("k", "s", URI.create("http://adapter:8081/webhooks/taobao"), Duration.ofHours(72),
                Duration.ofMillis(200), Duration.ofDays(7), Duration.ofDays(10), tmallWebhookUrl);
    }

    @Test
    void tmallIsPushedToWebhooksTmallOnTheTaobaoWebhooksHostUnlessConfigured() {
        assertThat(withTmall(null).webhookUrlOf(SandboxPlatform.TMALL))
                .isEqualTo(URI.create("http://adapter:8081/webhooks/tmall"));
        assertThat(withTmall(URI.create("http://other:9/tm")).webhookUrlOf(SandboxPlatform.TMALL))
                .isEqualTo(URI.create("http://other:9/tm"));
        assertThat(withTmall(null).webhookUrlOf(SandboxPlatform.TAOBAO))
                .isEqualTo(URI.create("http://adapter:8081/webhooks/taobao"));
    }
}
