package com.refundpilot.logistics.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.sandbox.SandboxApplication;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The REAL sandbox courier pushing natively to this running service: one sandbox with
 * {@code sandbox.courier.feed=kuaidi100}, one with {@code kdniao}, both on this test's virtual clock and with their
 * default keys (the same as logistics-service.yml's). Every event of the courier vocabulary comes out of
 * logistics.events as the same canonical status, located where the courier saw it; the events a format has no
 * state for travel over the sandbox push, and the others natively.
 */
class SandboxCourierFeedsIT extends ServiceWithFakeCourier {

    private static final Map<String, ConfigurableApplicationContext> SANDBOXES = new java.util.HashMap<>();

    @AfterAll
    static void stopSandboxes() {
        SANDBOXES.values().forEach(ConfigurableApplicationContext::close);
        SANDBOXES.clear();
    }

    /** A sandbox pushing in {@code feed} to this service (started once per feed, when this service's port is known). */
    private RestClient sandbox(String feed) {
        ConfigurableApplicationContext app = SANDBOXES.computeIfAbsent(feed, name ->
                new SpringApplicationBuilder(SandboxApplication.class)
                        .properties("spring.config.name=" + SandboxApplication.CONFIG_NAME)
                        .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                        // the service kit is on this classpath, but the sandbox is not one of our services
                        .run("--server.port=0", "--refundpilot.kit.enabled=false", "--spring.main.banner-mode=off",
                                "--sandbox.courier.feed=" + name,
                                "--sandbox.courier.push-url=http://localhost:" + port + "/tracking/sandbox"));
        return RestClient.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
    }

    private OrderRef parcelAtBoth(RestClient courier, String orderId, String trackingNo) {
        courier.put().uri("/sandbox/courier/shipments/{no}", trackingNo).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("carrier", "ZTO", "status", "IN_TRANSIT", "province", "浙江", "city", "杭州"))
                .retrieve().toBodilessEntity();
        COURIER.shipment(trackingNo, "IN_TRANSIT", clock.instant());
        OrderRef order = order(orderId);
        send(new WatchParcel(order, caseOf(order), "ZTO", trackingNo, null));
        await().atMost(WAIT).until(() -> !published(ParcelStatusReported.class,
                r -> r.trackingNo().equals(trackingNo)).isEmpty());
        return order;
    }

    /** Plays every courier event on the parcel; answers the format each one was pushed in. */
    private Map<TrackingStatus, String> playEveryEvent(String feed, String orderId, String trackingNo) {
        RestClient courier = sandbox(feed);
        OrderRef order = parcelAtBoth(courier, orderId, trackingNo);
        Map<TrackingStatus, String> carriedBy = new EnumMap<>(TrackingStatus.class);
        for (TrackingStatus status : TrackingStatus.values()) {
            Instant at = clock.instant();
            JsonNode moved = json.readTree(courier.post().uri("/sandbox/courier/shipments/{no}/events", trackingNo)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("event", status.name(), "province", "广东", "city", "深圳"))
                    .retrieve().body(String.class));
            assertThat(moved.path("pushStatus").asInt()).as("%s pushed", status).isEqualTo(200);
            carriedBy.put(status, moved.path("feed").asString());
            // the native wires carry wall-clock seconds; the sandbox push the instant itself
            Instant expectedAt = "sandbox".equals(moved.path("feed").asString()) ? at : at.truncatedTo(ChronoUnit.SECONDS);
            TrackingUpdated expected = new TrackingUpdated(order, "ZTO", trackingNo, status, expectedAt, "广东", "深圳");
            await(status + " over " + feed).atMost(WAIT)
                    .until(() -> published(TrackingUpdated.class, t -> t.trackingNo().equals(trackingNo)),
                            updates -> updates.contains(expected));
        }
        assertThat(published(TrackingUpdated.class, t -> t.trackingNo().equals(trackingNo)))
                .extracting(TrackingUpdated::status).containsExactly(TrackingStatus.values());
        return carriedBy;
    }

    private static Set<TrackingStatus> carriedIn(Map<TrackingStatus, String> carriedBy, String feed) {
        return carriedBy.entrySet().stream().filter(e -> e.getValue().equals(feed)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theCourierPushingAsKuaidi100GivesEveryCanonicalEvent() {
        Map<TrackingStatus, String> carriedBy = playEveryEvent("kuaidi100", "SF-K100", "ZT-SF-K100");

        assertThat(carriedIn(carriedBy, "sandbox")).containsExactlyInAnyOrder(TrackingStatus.LOST,
                TrackingStatus.MISROUTED, TrackingStatus.INTERCEPT_SUCCEEDED, TrackingStatus.INTERCEPT_FAILED);
        assertThat(carriedIn(carriedBy, "kuaidi100")).hasSize(TrackingStatus.values().length - 4);
    }

    @Test
    void theCourierPushingAsKdniaoGivesEveryCanonicalEvent() {
        Map<TrackingStatus, String> carriedBy = playEveryEvent("kdniao", "SF-KDN", "ZT-SF-KDN");

        assertThat(carriedIn(carriedBy, "sandbox")).containsExactlyInAnyOrder(TrackingStatus.LOST,
                TrackingStatus.INTERCEPT_FAILED);
        assertThat(carriedIn(carriedBy, "kdniao")).containsAll(List.of(TrackingStatus.INTERCEPT_SUCCEEDED,
                TrackingStatus.MISROUTED, TrackingStatus.REFUSED_BY_RECIPIENT, TrackingStatus.RETURNED_SIGNED));
    }
}
