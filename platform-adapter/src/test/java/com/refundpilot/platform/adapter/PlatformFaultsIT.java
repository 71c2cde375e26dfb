package com.refundpilot.platform.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.GuardMetrics;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The adapter against the REAL sandbox platform with faults injected (POST /sandbox/faults): a platform that fails
 * half its calls and answers slowly delays actions but loses and doubles none, and one that stays down past an
 * action's deliverBy gets it reported PLATFORM_UNAVAILABLE in time. Retries and deferrals are short here so that
 * the real clock can run them; the rules are the production ones.
 */
@SpringBootTest(classes = PlatformAdapterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"resilience4j.retry.instances.taobao.wait-duration=20ms",
                "resilience4j.timelimiter.instances.taobao.timeout-duration=1s",
                "resilience4j.circuitbreaker.instances.taobao.wait-duration-in-open-state=300ms",
                "refundpilot.platform-delivery.first-retry-after=PT0.2S",
                "refundpilot.platform-delivery.max-retry-after=PT1S",
                "refundpilot.platform-delivery.attempt-lease=PT5S",
                "refundpilot.timers.sweep-interval=PT0.1S"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PlatformFaultsIT extends AdapterAgainstSandbox {

    private static final TaobaoSandbox SANDBOX = new TaobaoSandbox();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("platform-faults"));
        registry.add("refundpilot.platforms.taobao.base-url", SANDBOX::baseUrl);
    }

    @Autowired
    AggregateStore store;

    @AfterEach
    void healThePlatform() {
        SANDBOX.api().delete().uri("/sandbox/faults").retrieve().toBodilessEntity();
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    private void opened(String refundId) {
        SANDBOX.control("/refunds", Map.of("shopId", "shop-1", "orderId", "T-" + refundId, "refundId", refundId,
                "type", "REFUND_ONLY", "reason", "不想要了", "amountFen", 59900, "orderPaidFen", 59900,
                "deadlineIn", "PT72H"));
        refundEvents.awaitOne(RefundRequested.class, refundId);
    }

    private void platformFails(double rate, String delay) {
        SANDBOX.api().post().uri("/sandbox/faults").body(Map.of("target", "taobao", "failRate", rate, "delay", delay,
                "seed", 42)).retrieve().toBodilessEntity();
    }

    private long injectedFailures() {
        List<?> faults = (List<?>) SANDBOX.api().get().uri("/sandbox/faults").retrieve().body(Map.class).get("faults");
        return faults.isEmpty() ? 0 : ((Number) ((Map<?, ?>) faults.get(0)).get("failed")).longValue();
    }

    private static OrderRef orderOf(String refundId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", "T-" + refundId);
    }

    private static AgreeRefund agree(String refundId, Instant deliverBy) {
        String caseId = orderOf(refundId).caseIdOf(refundId);
        return new AgreeRefund(orderOf(refundId), caseId, refundId, 59900, false, 1, caseId + ":AGREE_REFUND:1",
                "NS-1", deliverBy);
    }

    private static RefuseRefund refuse(String refundId, Instant deliverBy) {
        String caseId = orderOf(refundId).caseIdOf(refundId);
        return new RefuseRefund(orderOf(refundId), caseId, refundId, "SIGNED_BY_BUYER", "快递显示本人签收,附签收底单",
                List.of(new Evidence(EvidenceKind.SIGNING_PROOF, "https://courier.example/proof/ZT1.jpg")), 1,
                caseId + ":REFUSE:1", "RS-6", deliverBy);
    }

    private static List<?> platformActions(String refundId) {
        return (List<?>) SANDBOX.read("/refunds/" + refundId).get("actions");
    }

    @Test
    void halfThePlatformsCallsFailingAndSlowLosesNoActionAndDoublesNone() {
        List<String> agreed = List.of("R-F-A1", "R-F-A2", "R-F-A3", "R-F-A4", "R-F-A5");
        List<String> refused = List.of("R-F-R1", "R-F-R2", "R-F-R3", "R-F-R4", "R-F-R5");
        List<String> all = new ArrayList<>(agreed);
        all.addAll(refused);
        all.forEach(this::opened);
        Instant deliverBy = clock.instant().plus(Duration.ofHours(1));

        platformFails(0.5, "PT0.05S");
        agreed.forEach(id -> send(agree(id, deliverBy)));
        refused.forEach(id -> send(refuse(id, deliverBy)));
        agreed.forEach(id -> send(agree(id, deliverBy))); // a redelivery of each agree on top

        await().atMost(WAIT).until(() -> all.stream()
                .allMatch(id -> !actionResults.about(PlatformActionSucceeded.class, id).isEmpty()));
        assertThat(injectedFailures()).as("the platform really failed calls").isGreaterThan(0);
        for (String id : all) {
            assertThat(platformActions(id)).as("effects on %s", id).hasSize(1);
            assertThat(actionResults.about(PlatformActionSucceeded.class, id)).as("reported for %s", id).hasSize(1);
            assertThat(actionResults.about(PlatformActionRejected.class, id)).isEmpty();
        }
        agreed.forEach(id -> assertThat(SANDBOX.read("/refunds/" + id).get("status")).isEqualTo("SUCCESS"));
        refused.forEach(id -> assertThat(SANDBOX.read("/refunds/" + id).get("status"))
                .isEqualTo("SELLER_REFUSE_BUYER"));
    }

    @Test
    void anOutageDefersTheActionAndItIsDeliveredOnceThePlatformIsBack() {
        opened("R-F-BACK");
        platformFails(1.0, "PT0S");

        send(agree("R-F-BACK", clock.instant().plus(Duration.ofHours(1))));

        String key = agree("R-F-BACK", null).actionKey();
        await().atMost(WAIT).until(() -> store.find(PlatformActionDocument.class, key)
                .filter(a -> a.getState() == PlatformActionDocument.State.DEFERRED && a.getDeferrals() >= 2)
                .isPresent());
        assertThat(actionResults.about(PlatformActionRejected.class, "R-F-BACK")).isEmpty();
        assertThat(platformActions("R-F-BACK")).isEmpty();

        SANDBOX.api().delete().uri("/sandbox/faults").retrieve().toBodilessEntity();

        actionResults.awaitOne(PlatformActionSucceeded.class, "R-F-BACK");
        assertThat(platformActions("R-F-BACK")).hasSize(1);
        assertThat(SANDBOX.read("/refunds/R-F-BACK").get("status")).isEqualTo("SUCCESS");
    }

    @Test
    void aPlatformDownUntilAfterDeliverByGetsTheActionReportedUnavailableInTime() {
        opened("R-F-DOWN");
        platformFails(1.0, "PT0S");
        // Tries at +0.2, +0.6, +1.4 and +2.4 s; the next (+3.4 s) could not end within its 5 s lease by +8 s.
        Instant deliverBy = clock.instant().plus(Duration.ofSeconds(8));

        send(agree("R-F-DOWN", deliverBy));

        PlatformActionRejected rejected = actionResults.awaitOne(PlatformActionRejected.class, "R-F-DOWN");
        assertThat(rejected.code()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(rejected.reason()).contains("could not end before deliverBy");
        assertThat(actionResults.envelopeOf(PlatformActionRejected.class, "R-F-DOWN").time())
                .as("reported before its deliverBy").isBefore(deliverBy);
        PlatformActionDocument action = store.find(PlatformActionDocument.class, rejected.actionKey()).orElseThrow();
        assertThat(action.getDeferrals()).as("tried again before giving up").isGreaterThanOrEqualTo(2);
        assertThat(platformActions("R-F-DOWN")).isEmpty();
        assertThat(SANDBOX.read("/refunds/R-F-DOWN").get("status")).isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void everyPlatformsGuardsAndTheDeferralMetersAreOnThePrometheusEndpoint() {
        String scrape = GuardMetrics.scrape(adapterPort);

        GuardMetrics.assertExportedFor(scrape, "taobao", "tmall", "pinduoduo", "douyin", "wechat-channels", "jd",
                "generic");
        assertThat(scrape).contains("refundpilot_platform_actions_deferred_total",
                "refundpilot_platform_actions_gave_up_total", "refundpilot_platform_actions_pending");
    }
}
