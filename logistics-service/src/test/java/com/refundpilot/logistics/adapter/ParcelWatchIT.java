package com.refundpilot.logistics.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerDocument;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.logistics.LogisticsServiceApplication;
import com.refundpilot.logistics.adapter.FakeCourier.Request;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.application.StallService;
import com.refundpilot.logistics.application.StallTimers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Watching parcels and asking the courier, end to end through logistics-service: commands in on
 * logistics.commands, a fake courier over HTTP, tracking pushes over HTTP, the persisted stall timers on the
 * virtual clock, events out on logistics.events.
 */
@SpringBootTest(classes = {LogisticsServiceApplication.class, VirtualTimeConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S", "refundpilot.timers.sweep-interval=PT0.1S",
                "resilience4j.circuitbreaker.instances.courier.minimum-number-of-calls=1000"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ParcelWatchIT {

    private static final Duration H24 = Duration.ofHours(24);
    private static final Address URUMQI = new Address("新疆", "乌鲁木齐");
    private static final FakeCourier COURIER = new FakeCourier();

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("logistics-watch"));
        registry.add("refundpilot.courier.base-url", COURIER::baseUrl);
    }

    @AfterAll
    static void stopCourier() {
        COURIER.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ParcelRepository parcels;
    @Autowired
    TimerStore timers;
    @Autowired
    StallService stalls;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private TopicReader events;

    @BeforeEach
    void reader() {
        events = new TopicReader(broker.getBrokersAsString(), Topics.LOGISTICS_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    private VirtualClock virtualClock() {
        return (VirtualClock) clock;
    }

    private static OrderRef order(String orderId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", orderId);
    }

    private static String caseOf(OrderRef order) {
        return order.caseIdOf(order.orderId() + "-R1");
    }

    private Envelope send(Message command) {
        Envelope envelope = Envelope.first(command, "test", clock.instant());
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
        return envelope;
    }

    private void resend(Envelope envelope) {
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private <T extends Message> List<T> published(Class<T> type, String trackingNo) {
        return events.values().stream().map(codec::decode).map(Envelope::data).filter(type::isInstance)
                .map(type::cast).filter(m -> trackingNoOf(m).equals(trackingNo)).toList();
    }

    private static String trackingNoOf(Message message) {
        if (message instanceof ParcelStatusReported report) {
            return report.trackingNo();
        } else if (message instanceof ParcelStalled stall) {
            return stall.trackingNo();
        } else if (message instanceof CourierAnswered answer) {
            return answer.trackingNo();
        } else if (message instanceof TrackingUpdated update) {
            return update.trackingNo();
        }
        return "";
    }

    private <T extends Message> T awaitOne(Class<T> type, String trackingNo) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !published(type, trackingNo).isEmpty());
        return published(type, trackingNo).get(0);
    }

    private Instant timerDue(String trackingNo) {
        TimerDocument timer = timers.find(trackingNo, StallTimers.KIND);
        return timer == null ? null : timer.getDueAt();
    }

    /** A parcel in transit that last moved 3 h ago, watched with its destination; answers its last movement. */
    private Instant watched(String trackingNo) {
        Instant movedAt = clock.instant().minus(Duration.ofHours(3));
        COURIER.shipment(trackingNo, "IN_TRANSIT", movedAt);
        OrderRef order = order("O-" + trackingNo);
        send(new WatchParcel(order, caseOf(order), "ZTO", trackingNo, URUMQI));
        awaitOne(ParcelStatusReported.class, trackingNo);
        return movedAt;
    }

    private int push(String trackingNo, String event) {
        return RestClient.create("http://localhost:" + port).post().uri("/tracking/sandbox")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("trackingNo", trackingNo, "carrier", "ZTO", "event", event,
                        "at", clock.instant().toString()))
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toBodilessEntity().getStatusCode().value();
    }

    @Test
    void aWatchedParcelIsReportedAsTheCourierShowsItAndItsStallTimerSet() {
        Instant movedAt = clock.instant().minus(Duration.ofHours(3));
        COURIER.shipment("ZW-STATUS", "IN_TRANSIT", movedAt);
        OrderRef order = order("W-STATUS");
        Envelope command = send(new WatchParcel(order, caseOf(order), "ZTO", "ZW-STATUS", URUMQI));

        var report = awaitOne(ParcelStatusReported.class, "ZW-STATUS");

        assertThat(report).isEqualTo(new ParcelStatusReported(order, caseOf(order), "ZTO", "ZW-STATUS",
                TrackingStatus.IN_TRANSIT, movedAt, new Address("浙江", "杭州"), null));
        var parcel = parcels.find("ZW-STATUS").orElseThrow().parcel();
        assertThat(parcel.destination()).isEqualTo(URUMQI);
        assertThat(parcel.watched()).isTrue();
        assertThat(timerDue("ZW-STATUS")).isEqualTo(movedAt.plus(H24));
        assertThat(COURIER.requests("ZW-STATUS")).extracting(Request::method, Request::operation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", ""));
        Envelope answer = events.values().stream().map(codec::decode)
                .filter(e -> e.data() instanceof ParcelStatusReported r && r.trackingNo().equals("ZW-STATUS"))
                .findFirst().orElseThrow();
        assertThat(answer.causationId()).isEqualTo(command.id());
        assertThat(answer.partitionKey()).isEqualTo(order.key());
    }

    @Test
    void twentyFourHoursWithoutMovementIsOneStallWhoeverFiresTheTimer() {
        Instant movedAt = watched("ZW-STALL");

        virtualClock().advance(Duration.between(clock.instant(), movedAt.plus(H24)));

        var stall = awaitOne(ParcelStalled.class, "ZW-STALL");
        assertThat(stall.stalledFor()).isEqualTo(H24);
        assertThat(stall.lastMovementAt()).isEqualTo(movedAt);
        assertThat(stall.destination()).isEqualTo(URUMQI);
        assertThat(stall.caseId()).isEqualTo(caseOf(order("O-ZW-STALL")));
        await().atMost(Duration.ofSeconds(30)).until(() -> movedAt.plus(Duration.ofHours(48)).equals(timerDue("ZW-STALL")));

        // Another instance firing the same timer again (a lease that expired mid-firing): nothing new.
        stalls.onTimer(new DueTimer("ZW-STALL", StallTimers.KIND, movedAt.plus(H24)));
        // A later command on the same order's partition is answered only after everything before it was published.
        watched("ZW-STALL-NEXT");
        assertThat(published(ParcelStalled.class, "ZW-STALL")).hasSize(1);
        assertThat(timerDue("ZW-STALL")).isEqualTo(movedAt.plus(Duration.ofHours(48)));
    }

    @Test
    void aMovementMovesTheTimerAndAnOldFiringOnlyReschedules() {
        Instant movedAt = watched("ZW-MOVE");
        virtualClock().advance(Duration.ofHours(10));
        Instant movedAgain = clock.instant();

        assertThat(push("ZW-MOVE", "IN_TRANSIT")).isEqualTo(200);

        assertThat(timerDue("ZW-MOVE")).isEqualTo(movedAgain.plus(H24));
        virtualClock().advance(Duration.between(clock.instant(), movedAt.plus(H24)));
        stalls.onTimer(new DueTimer("ZW-MOVE", StallTimers.KIND, movedAt.plus(H24))); // a timer set before the move
        assertThat(timerDue("ZW-MOVE")).isEqualTo(movedAgain.plus(H24));

        virtualClock().advance(Duration.between(clock.instant(), movedAgain.plus(H24)));
        var stall = awaitOne(ParcelStalled.class, "ZW-MOVE");
        assertThat(stall.lastMovementAt()).isEqualTo(movedAgain);
        assertThat(stall.stalledFor()).isEqualTo(H24);
        assertThat(published(ParcelStalled.class, "ZW-MOVE")).hasSize(1);
        assertThat(published(TrackingUpdated.class, "ZW-MOVE")).hasSize(1); // pushes are reported as before
    }

    @Test
    void aSignedParcelIsNoLongerWatched() {
        watched("ZW-SIGNED");

        assertThat(push("ZW-SIGNED", "SIGNED")).isEqualTo(200);

        assertThat(timerDue("ZW-SIGNED")).isNull();
        assertThat(parcels.find("ZW-SIGNED").orElseThrow().parcel().watched()).isFalse();
        assertThat(awaitOne(TrackingUpdated.class, "ZW-SIGNED").status()).isEqualTo(TrackingStatus.SIGNED);
    }

    @Test
    void aRedeliveredWatchAsksTheCourierOnce() {
        COURIER.shipment("ZW-AGAIN", "IN_TRANSIT", clock.instant());
        OrderRef order = order("W-AGAIN");
        Envelope command = Envelope.first(new WatchParcel(order, caseOf(order), "ZTO", "ZW-AGAIN", null), "test",
                clock.instant());

        resend(command);
        awaitOne(ParcelStatusReported.class, "ZW-AGAIN");
        resend(command);
        COURIER.shipment("ZW-AGAIN-2", "IN_TRANSIT", clock.instant());
        send(new WatchParcel(order, order.caseIdOf("W-AGAIN-R2"), "ZTO", "ZW-AGAIN-2", null));
        awaitOne(ParcelStatusReported.class, "ZW-AGAIN-2");

        assertThat(COURIER.requests("ZW-AGAIN")).hasSize(1);
        assertThat(published(ParcelStatusReported.class, "ZW-AGAIN")).hasSize(1);
    }

    @Test
    void anUnknownParcelAndAnUnreachableCourierAreReportedWithTheirCode() {
        OrderRef order = order("W-UNKNOWN");
        send(new WatchParcel(order, caseOf(order), "ZTO", "ZW-NOBODY", null));
        COURIER.shipment("ZW-DOWN", "IN_TRANSIT", clock.instant());
        COURIER.unavailable("ZW-DOWN", -1);
        send(new WatchParcel(order, order.caseIdOf("W-UNKNOWN-R2"), "ZTO", "ZW-DOWN", null));

        var unknown = awaitOne(ParcelStatusReported.class, "ZW-NOBODY");
        var down = awaitOne(ParcelStatusReported.class, "ZW-DOWN");

        assertThat(unknown.known()).isFalse();
        assertThat(unknown.code()).isEqualTo("UNKNOWN_PARCEL");
        assertThat(down.known()).isFalse();
        assertThat(down.code()).isEqualTo("COURIER_UNAVAILABLE");
        assertThat(COURIER.requests("ZW-DOWN")).hasSize(3);
        assertThat(timerDue("ZW-NOBODY")).isNull(); // no movement known yet: nothing to count from
    }

    private CourierAnswered ask(String trackingNo, CourierRequestKind kind, String note, Long valueFen, String sku) {
        OrderRef order = order("O-" + trackingNo);
        send(new AskCourier(order, caseOf(order), "ZTO", trackingNo, kind, note, valueFen, sku));
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> published(CourierAnswered.class, trackingNo).stream().filter(a -> a.kind() == kind).toList(),
                answers -> !answers.isEmpty()).get(0);
    }

    private Request lastPost(String trackingNo) {
        List<Request> requests = COURIER.requests(trackingNo).stream().filter(r -> r.method().equals("POST")).toList();
        return requests.get(requests.size() - 1);
    }

    @Test
    void aNudgeAndADeliveryVerificationAreAccepted() {
        COURIER.shipment("ZA-NUDGE", "STALLED", clock.instant());

        var nudged = ask("ZA-NUDGE", CourierRequestKind.NUDGE, "24小时未更新", null, null);
        Request nudge = lastPost("ZA-NUDGE");
        var verified = ask("ZA-NUDGE", CourierRequestKind.VERIFY_DELIVERY, "买家称未收到", null, null);
        Request verify = lastPost("ZA-NUDGE");

        assertThat(nudged).isEqualTo(new CourierAnswered(order("O-ZA-NUDGE"), caseOf(order("O-ZA-NUDGE")), "ZA-NUDGE",
                CourierRequestKind.NUDGE, true, null, null, null, null, null));
        assertThat(nudge.operation()).isEqualTo("nudge");
        assertThat(nudge.body().get("note").asString()).isEqualTo("24小时未更新");
        assertThat(nudge.body().get("requestId").asString()).isNotBlank();
        assertThat(verified.ok()).isTrue();
        assertThat(verify.operation()).isEqualTo("verify-delivery");
        assertThat(verify.body().get("requestId").asString()).isNotEqualTo(nudge.body().get("requestId").asString());
    }

    @Test
    void theSigningProofOfASignedParcelIsItsUrlAndOfAnUnsignedOneNotSigned() {
        COURIER.shipment("ZA-PROOF", "SIGNED", clock.instant());
        COURIER.shipment("ZA-NOPROOF", "OUT_FOR_DELIVERY", clock.instant());

        var proof = ask("ZA-PROOF", CourierRequestKind.REQUEST_SIGNING_PROOF, null, null, null);
        var none = ask("ZA-NOPROOF", CourierRequestKind.REQUEST_SIGNING_PROOF, null, null, null);

        assertThat(proof.ok()).isTrue();
        assertThat(proof.proofUrl()).isEqualTo(COURIER.baseUrl() + "/proofs/ZA-PROOF");
        assertThat(lastPost("ZA-PROOF").operation()).isEqualTo("signing-proof");
        assertThat(none.ok()).isFalse();
        assertThat(none.code()).isEqualTo("NOT_SIGNED");
        assertThat(none.proofUrl()).isNull();
    }

    @Test
    void aClaimCarriesTheValueAndSkuAndAnswersTheClaimId() {
        COURIER.shipment("ZA-CLAIM", "LOST", clock.instant());

        var claim = ask("ZA-CLAIM", CourierRequestKind.CLAIM, "丢件索赔", 59900L, "SHOE-BLK-42");

        assertThat(claim.ok()).isTrue();
        assertThat(claim.claimId()).isEqualTo("CLM-ZA-CLAIM-1");
        Request sent = lastPost("ZA-CLAIM");
        assertThat(sent.operation()).isEqualTo("claims");
        assertThat(sent.body().get("valueFen").asLong()).isEqualTo(59900L);
        assertThat(sent.body().get("sku").asString()).isEqualTo("SHOE-BLK-42");
        assertThat(sent.body().get("reason").asString()).isEqualTo("丢件索赔");
        // a claim is a claim form of its own now (ClaimsIT): within the policy's limit it is submitted at once
        assertThat(sent.body().get("requestId").asString()).isEqualTo("CL:" + caseOf(order("O-ZA-CLAIM")) + ":ZA-CLAIM");
    }

    @Test
    void anAddressCorrectionSendsTheWatchedDestinationAndNeedsOne() {
        watched("ZA-ADDRESS");
        COURIER.shipment("ZA-NOWHERE", "MISROUTED", clock.instant());

        var corrected = ask("ZA-ADDRESS", CourierRequestKind.CORRECT_ADDRESS, null, null, null);
        var nowhere = ask("ZA-NOWHERE", CourierRequestKind.CORRECT_ADDRESS, null, null, null);

        assertThat(corrected.ok()).isTrue();
        Request sent = lastPost("ZA-ADDRESS");
        assertThat(sent.operation()).isEqualTo("address-correction");
        assertThat(sent.body().get("province").asString()).isEqualTo("新疆");
        assertThat(sent.body().get("city").asString()).isEqualTo("乌鲁木齐");
        assertThat(nowhere.ok()).isFalse();
        assertThat(nowhere.code()).isEqualTo("NO_DESTINATION");
        assertThat(COURIER.requests("ZA-NOWHERE")).isEmpty();
    }

    @Test
    void aRedeliveredRequestCallsTheCourierOnce() {
        COURIER.shipment("ZA-AGAIN", "IN_TRANSIT", clock.instant());
        OrderRef order = order("O-ZA-AGAIN");
        Envelope command = Envelope.first(new AskCourier(order, caseOf(order), "ZTO", "ZA-AGAIN",
                CourierRequestKind.NUDGE, null, null, null), "test", clock.instant());

        resend(command);
        await().atMost(Duration.ofSeconds(30)).until(() -> !published(CourierAnswered.class, "ZA-AGAIN").isEmpty());
        resend(command);
        COURIER.shipment("ZA-AGAIN-2", "IN_TRANSIT", clock.instant());
        send(new AskCourier(order, caseOf(order), "ZTO", "ZA-AGAIN-2", CourierRequestKind.NUDGE, null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> !published(CourierAnswered.class, "ZA-AGAIN-2").isEmpty());

        assertThat(COURIER.requests("ZA-AGAIN")).singleElement()
                .satisfies(request -> assertThat(request.body().get("requestId").asString()).isEqualTo(command.id()));
        assertThat(published(CourierAnswered.class, "ZA-AGAIN")).hasSize(1);
    }

    @Test
    void anUnreachableCourierIsCourierUnavailableAfterTheRetries() {
        COURIER.shipment("ZA-DOWN", "IN_TRANSIT", clock.instant());
        COURIER.unavailable("ZA-DOWN", -1);

        var answer = ask("ZA-DOWN", CourierRequestKind.NUDGE, null, null, null);

        assertThat(answer.ok()).isFalse();
        assertThat(answer.code()).isEqualTo("COURIER_UNAVAILABLE");
        assertThat(answer.detail()).contains("503");
        assertThat(COURIER.requests("ZA-DOWN")).hasSize(3);
    }
}
