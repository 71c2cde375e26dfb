package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.domain.taobao.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * When the platform cannot be asked for a pushed refund's details, the push is answered 503 and nothing is
 * kept, so the platform's redelivery is not mistaken for a duplicate later.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.platforms.taobao.base-url=http://127.0.0.1:1",
                "refundpilot.platforms.taobao.timeout=PT0.5S",
                "resilience4j.retry.instances.taobao.wait-duration=10ms"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PlatformOutageIT {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-outage"));
    }

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    AggregateStore store;

    @Test
    void aPushWhoseDetailsCannotBeFetchedIs503AndLeavesNoTrace() {
        String content = "{\"refund_id\":\"R-OUT\",\"tid\":\"T-OUT\",\"seller_nick\":\"shop-1\"}";
        String body = "{\"topic\":\"taobao_refund_RefundCreated\",\"msg_id\":\"outage-1\",\"content\":"
                + "\"" + content.replace("\"", "\\\"") + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(clock.millis());
        String sign = new WebhookSignature("sandbox-secret", Duration.ofMinutes(5)).sign(ts, bytes);

        ResponseEntity<String> answer = RestClient.create("http://localhost:" + port).post().uri("/webhooks/taobao")
                .contentType(MediaType.APPLICATION_JSON).header("X-Top-Timestamp", ts).header("X-Top-Sign", sign)
                .body(bytes).exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders())
                        .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(answer.getBody()).contains("deliver it again");
        assertThat(store.find(InboundMessageDocument.class, "TAOBAO:outage-1")).isEmpty();
    }
}
