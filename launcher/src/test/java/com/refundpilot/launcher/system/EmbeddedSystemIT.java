package com.refundpilot.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.run.PlatformOffers;
import com.refundpilot.scenario.run.ScenarioCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The whole system in one JVM, as the launcher runs it: the NS-1 path through all five services over the
 * real broker, a restart that keeps the case, then the public scenario library (and the DL-4 restart story)
 * shared out over the restarted system and a second, independent one in the same JVM, whose courier pushes
 * tracking natively as Kdniao ({@code sandbox.courier.feed=kdniao}); then the library once more, shared out over
 * the other platforms (each scenario on one of them, over its own wire).
 */
class EmbeddedSystemIT {

    /** The platforms besides Taobao that the library is shared out over, and their sandbox paths. */
    private static final List<Platform> OTHER_PLATFORMS = List.of(Platform.TMALL, Platform.GENERIC,
            Platform.PINDUODUO, Platform.DOUYIN, Platform.WECHAT_CHANNELS, Platform.JD);
    private static final Map<Platform, String> SANDBOX_PATHS = Map.of(Platform.TMALL, "tmall",
            Platform.GENERIC, "generic", Platform.PINDUODUO, "pinduoduo", Platform.DOUYIN, "douyin",
            Platform.WECHAT_CHANNELS, "wechat-channels", Platform.JD, "jd");

    @TempDir
    Path dataDir;

    private static Map<?, ?> get(RestClient client, String uri) {
        return client.get().uri(uri).retrieve().body(Map.class);
    }

    /** The tracking endpoints logistics-service answered, from its HTTP server metrics. */
    private static List<String> trackingFeedsServed(EmbeddedSystem system) {
        String metrics = RestClient.create(system.url(SystemLayout.LOGISTICS_SERVICE).toString()).get()
                .uri("/actuator/prometheus").retrieve().body(String.class);
        return java.util.regex.Pattern.compile("uri=\"(/tracking/[a-z0-9]+)\"").matcher(metrics).results()
                .map(match -> match.group(1)).distinct().toList();
    }

    private static List<Object> actionNames(List<?> actions) {
        return actions.stream().map(a -> ((Map<?, ?>) a).get("action")).map(Object.class::cast).toList();
    }

    @Test
    void ns1RunsThroughAllFiveServicesSurvivesARestartAndTheScenarioLibraryPasses() {
        var clock = new VirtualClock(Instant.parse("2026-11-11T02:00:00Z"));
        var options = new EmbeddedSystem.Options(dataDir, false, true, clock,
                List.of("--logging.level.root=WARN"));
        String caseId = "TAOBAO:shop-1:R1";

        try (EmbeddedSystem system = EmbeddedSystem.start(options)) {
            RestClient sandbox = RestClient.create(system.url(SystemLayout.SANDBOX).toString());
            RestClient refunds = RestClient.create(system.url(SystemLayout.REFUND_SERVICE).toString());
            sandbox.put().uri("/sandbox/erp/orders/T1001").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("platform", "TAOBAO", "shopId", "shop-1", "fulfilment", "NOT_ALLOCATED_NOT_AUDITED"))
                    .retrieve().toBodilessEntity();
            sandbox.post().uri("/sandbox/platforms/taobao/refunds").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("shopId", "shop-1", "orderId", "T1001", "refundId", "R1", "type", "REFUND_ONLY",
                            "reason", "不想要了", "amountFen", 59900, "deadlineIn", "PT72H"))
                    .retrieve().toBodilessEntity();

            Map<?, ?> refunded = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        try {
                            return get(refunds, "/api/cases/" + caseId);
                        } catch (RuntimeException notYet) {
                            return null;
                        }
                    }, view -> view != null && "REFUNDED".equals(view.get("outcome")));
            assertThat(refunded.get("rules")).isEqualTo(List.of("DL-1", "NS-1", "NS-RETAIN"));
            assertThat(refunded.get("refundedFen")).isEqualTo(59900);

            Map<?, ?> platformView = await().atMost(Duration.ofSeconds(30))
                    .until(() -> get(sandbox, "/sandbox/platforms/taobao/refunds/R1"),
                            view -> !((List<?>) view.get("buyerMessages")).isEmpty());
            assertThat(actionNames((List<?>) platformView.get("actions")))
                    .containsExactly("REPORT_SHIPMENT_CANCELLED", "AGREE_REFUND"); // ADR 0011
            assertThat(platformView.get("autoRefunded")).isEqualTo(false);
            List<?> erpActions = sandbox.get().uri("/sandbox/erp/orders/T1001/actions").retrieve().body(List.class);
            assertThat(actionNames(erpActions)).containsExactly("CANCEL_ORDER");
        }

        var secondClock = new VirtualClock(Instant.parse("2026-11-11T02:00:00Z"));
        try (EmbeddedSystem restarted = EmbeddedSystem.start(options);
                // the second system's courier pushes natively as Kdniao: its share of the library goes through that feed
                EmbeddedSystem second = EmbeddedSystem.start(new EmbeddedSystem.Options(dataDir.resolve("second"), true,
                        true, secondClock, List.of("--logging.level.root=WARN", "--sandbox.courier.feed=kdniao")));
                ScenarioFleet fleet = ScenarioFleet.of(List.of(restarted, second), List.of(clock, secondClock))) {
            RestClient refunds = RestClient.create(restarted.url(SystemLayout.REFUND_SERVICE).toString());
            assertThat(get(refunds, "/api/cases/" + caseId).get("outcome")).isEqualTo("REFUNDED");

            // two whole systems in one JVM, side by side: the library (and the DL-4 restart story) is shared out
            fleet.system(0).awaitConsumersReady(Duration.ofSeconds(60));
            fleet.system(1).awaitConsumersReady(Duration.ofSeconds(60));
            // warehouse steps are played on each system's own warehouse-service
            assertThat(fleet.system(1).warehouseServiceUrl()).isEqualTo(second.url(SystemLayout.WAREHOUSE_SERVICE));
            assertThat(get(RestClient.create(fleet.system(0).warehouseServiceUrl().toString()), "/actuator/health")
                    .get("status")).isEqualTo("UP");
            Map<EmbeddedSystem, Object> refundServiceBefore = Map.of(restarted, restarted.context(SystemLayout.REFUND_SERVICE),
                    second, second.context(SystemLayout.REFUND_SERVICE));
            var scenarios = ScenarioCli.load(List.of(Path.of("..", "scenarios")),
                    System.out).orElseThrow();
            var out = new ByteArrayOutputStream();
            int exit = ScenarioCli.runLoaded(fleet, scenarios, new PrintStream(out, true, StandardCharsets.UTF_8));
            String report = out.toString(StandardCharsets.UTF_8);
            System.out.println(report);
            assertThat(report).contains("DL-4 the last-resort timer survives restarts")
                    .contains("DL-4 refund-service restarts, the margin");
            assertThat(report).containsPattern("(?m)^" + scenarios.size() + " passed, 0 failed$");
            assertThat(exit).isZero();
            // the DL-4 stories restarted the services of the systems that played them: new contexts, all active
            List<EmbeddedSystem> restartedBySteps = List.of(restarted, second).stream()
                    .filter(system -> system.context(SystemLayout.REFUND_SERVICE) != refundServiceBefore.get(system)).toList();
            assertThat(restartedBySteps).isNotEmpty();
            for (EmbeddedSystem system : restartedBySteps) {
                for (ServiceSpec spec : SystemLayout.ALL) {
                    assertThat(system.context(spec).isActive()).as(spec.name()).isTrue();
                }
            }
            assertThat(trackingFeedsServed(second)).as("feeds served by the Kdniao system").contains("/tracking/kdniao");
            assertThat(trackingFeedsServed(restarted)).as("feeds served by the default system")
                    .doesNotContain("/tracking/kdniao");
            for (EmbeddedSystem system : List.of(restarted, second)) {
                Map<?, ?> stats = get(RestClient.create(system.url(SystemLayout.SANDBOX).toString()),
                        "/sandbox/platforms/taobao/stats");
                assertThat(((Number) stats.get("refunds")).intValue()).as("refunds played on %s", system.url(SystemLayout.SANDBOX))
                        .isGreaterThan(system == restarted ? 1 : 0);
            }

            // the same library once more, each scenario on one of the other platforms in turn, over their own wires
            // (a platform the story does not apply to, e.g. without EXTEND_RECEIPT, is passed over: what the system
            // offers there is what platform-adapter announces, the sandbox's assumed calls included)
            PlatformOffers offers = fleet.system(0).offers();
            assertThat(offers.on(Platform.PINDUODUO).orElseThrow()).doesNotContain("EXTEND_RECEIPT");
            assertThat(offers.on(Platform.DOUYIN).orElseThrow()).as("the sandbox's assumed calls")
                    .contains("NEGOTIATE", "SEND_BUYER_MESSAGE");
            var elsewhere = ScenarioCli.onPlatforms(scenarios, OTHER_PLATFORMS, offers);
            var otherOut = new ByteArrayOutputStream();
            int otherExit = ScenarioCli.runLoaded(fleet, elsewhere, new PrintStream(otherOut, true, StandardCharsets.UTF_8));
            String otherReport = otherOut.toString(StandardCharsets.UTF_8);
            System.out.println(otherReport);
            assertThat(otherReport).containsPattern("(?m)^" + elsewhere.size() + " passed, 0 failed$");
            assertThat(otherExit).isZero();
            for (Platform platform : OTHER_PLATFORMS) {
                int played = 0;
                for (EmbeddedSystem system : List.of(restarted, second)) {
                    played += ((Number) get(RestClient.create(system.url(SystemLayout.SANDBOX).toString()),
                            "/sandbox/platforms/" + SANDBOX_PATHS.get(platform) + "/stats").get("refunds")).intValue();
                }
                assertThat(played).as("refunds played on %s", platform).isPositive();
            }
        }
    }
}
