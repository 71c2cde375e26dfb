package com.refundpilot.logistics.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.commands.WatchReturn;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerDocument;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.application.RecheckTimers;
import com.refundpilot.logistics.application.ReturnRecheckService;
import com.refundpilot.logistics.application.StallTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code logistics.watch-return} end to end: each verdict, the persisted re-check 24 h later on the virtual clock
 * (reported once whoever fires it), reuse of a number across orders and cases, and the return's tracking reported
 * like any watched parcel's.
 */
class ReturnWatchIT extends ServiceWithFakeCourier {

    private static final Duration H24 = Duration.ofHours(24);
    private static final Address WAREHOUSE = new Address("浙江", "杭州");

    @Autowired
    ParcelRepository parcels;
    @Autowired
    TimerStore timers;
    @Autowired
    ReturnRecheckService rechecks;

    private Envelope watchReturn(OrderRef order, String caseId, String trackingNo, Instant requestedAt) {
        return send(new WatchReturn(order, caseId, "YTO", trackingNo, WAREHOUSE, requestedAt));
    }

    private List<ReturnWaybillChecked> verdicts(String trackingNo, String caseId) {
        return published(ReturnWaybillChecked.class, c -> c.trackingNo().equals(trackingNo) && c.caseId().equals(caseId));
    }

    private List<ReturnWaybillChecked> awaitVerdicts(int count, String trackingNo, String caseId) {
        return await().atMost(WAIT).until(() -> verdicts(trackingNo, caseId), found -> found.size() >= count);
    }

    private Instant timerDue(String trackingNo, String kind) {
        TimerDocument timer = timers.find(trackingNo, kind);
        return timer == null ? null : timer.getDueAt();
    }

    /** A later command on the same order's partition, answered only once everything before it was published. */
    private void settle(OrderRef order) {
        String trackingNo = "RW-SETTLE-" + System.nanoTime();
        COURIER.shipment(trackingNo, "IN_TRANSIT", clock.instant());
        send(new WatchParcel(order, order.caseIdOf("SETTLE-" + trackingNo), "YTO", trackingNo, null));
        await().atMost(WAIT).until(() -> !published(ParcelStatusReported.class,
                r -> r.trackingNo().equals(trackingNo)).isEmpty());
    }

    @Test
    void aWaybillTheCourierCollectedAfterTheRequestIsOkAndItsTrackingIsReported() {
        OrderRef order = order("RW-OK");
        Instant requestedAt = clock.instant().minus(Duration.ofHours(5));
        Instant movedAt = clock.instant().minus(Duration.ofHours(1));
        COURIER.shipment("YT-RW-OK", "COLLECTED", movedAt, requestedAt.plus(Duration.ofHours(2)));

        Envelope command = watchReturn(order, caseOf(order), "YT-RW-OK", requestedAt);

        ReturnWaybillChecked checked = awaitVerdicts(1, "YT-RW-OK", caseOf(order)).get(0);
        assertThat(checked.verdict()).isEqualTo(WaybillVerdict.OK);
        assertThat(checked.status()).isEqualTo(TrackingStatus.COLLECTED);
        assertThat(checked.lastMovementAt()).isEqualTo(movedAt);
        assertThat(checked.location()).isEqualTo(new Address("浙江", "杭州"));
        assertThat(checked.otherCaseId()).isNull();
        Envelope answer = publishedEnvelopes(m -> m instanceof ReturnWaybillChecked c
                && c.trackingNo().equals("YT-RW-OK")).get(0);
        assertThat(answer.causationId()).isEqualTo(command.id());
        assertThat(answer.partitionKey()).isEqualTo(order.key());
        var parcel = parcels.find("YT-RW-OK").orElseThrow().parcel();
        assertThat(parcel.isReturnOf(order, caseOf(order))).isTrue();
        assertThat(parcel.destination()).isEqualTo(WAREHOUSE);
        assertThat(timerDue("YT-RW-OK", StallTimers.KIND)).isEqualTo(movedAt.plus(H24));
        assertThat(timerDue("YT-RW-OK", RecheckTimers.KIND)).isNull();

        assertThat(post("/tracking/sandbox", Map.of("trackingNo", "YT-RW-OK", "carrier", "YTO", "event", "SIGNED",
                "at", clock.instant().toString(), "province", "浙江", "city", "杭州")).getStatusCode().value())
                .isEqualTo(200);
        TrackingUpdated signed = await().atMost(WAIT).until(() -> published(TrackingUpdated.class,
                t -> t.trackingNo().equals("YT-RW-OK")), found -> !found.isEmpty()).get(0);
        assertThat(signed.order()).isEqualTo(order);
        assertThat(signed.status()).isEqualTo(TrackingStatus.SIGNED);
        assertThat(timerDue("YT-RW-OK", StallTimers.KIND)).isNull();
    }

    @Test
    void aWaybillFirstScannedBeforeTheRequestWasCollectedBeforeIt() {
        OrderRef order = order("RW-EARLY");
        Instant requestedAt = clock.instant().minus(Duration.ofHours(1));
        COURIER.shipment("YT-RW-EARLY", "IN_TRANSIT", clock.instant(), requestedAt.minus(Duration.ofDays(6)));

        watchReturn(order, caseOf(order), "YT-RW-EARLY", requestedAt);

        ReturnWaybillChecked checked = awaitVerdicts(1, "YT-RW-EARLY", caseOf(order)).get(0);
        assertThat(checked.verdict()).isEqualTo(WaybillVerdict.COLLECTED_BEFORE_REQUEST);
        assertThat(checked.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
    }

    @Test
    void anUnknownWaybillIsCheckedAgainADayLaterOnceWhoeverFiresTheTimer() {
        OrderRef order = order("RW-LATE");
        Instant checkedAt = clock.instant();

        watchReturn(order, caseOf(order), "YT-RW-LATE", checkedAt.minus(Duration.ofMinutes(5)));

        ReturnWaybillChecked unknown = awaitVerdicts(1, "YT-RW-LATE", caseOf(order)).get(0);
        assertThat(unknown.verdict()).isEqualTo(WaybillVerdict.UNKNOWN_TO_COURIER);
        Instant due = timerDue("YT-RW-LATE", RecheckTimers.KIND);
        assertThat(due).isEqualTo(unknown.checkedAt().plus(H24));
        assertThat(timerDue("YT-RW-LATE", StallTimers.KIND)).isNull(); // nothing moved yet

        COURIER.shipment("YT-RW-LATE", "IN_TRANSIT", due.minus(Duration.ofHours(2)), due.minus(Duration.ofHours(3)));
        virtualClock().advance(Duration.between(clock.instant(), due));

        List<ReturnWaybillChecked> both = awaitVerdicts(2, "YT-RW-LATE", caseOf(order));
        assertThat(both.get(1).verdict()).isEqualTo(WaybillVerdict.OK);
        assertThat(both.get(1).status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(both.get(1).checkedAt()).isAfterOrEqualTo(due);
        await().atMost(WAIT).until(() -> timerDue("YT-RW-LATE", RecheckTimers.KIND) == null);
        assertThat(timerDue("YT-RW-LATE", StallTimers.KIND)).isEqualTo(due.minus(Duration.ofHours(2)).plus(H24));

        // Another instance firing the same timer again (a lease that expired mid-firing): nothing new, no call.
        int courierCalls = COURIER.requests("YT-RW-LATE").size();
        rechecks.onTimer(new DueTimer("YT-RW-LATE", RecheckTimers.KIND, due));
        settle(order);
        assertThat(verdicts("YT-RW-LATE", caseOf(order))).hasSize(2);
        assertThat(COURIER.requests("YT-RW-LATE")).hasSize(courierCalls);
    }

    @Test
    void aWaybillStillUnknownAtTheRecheckIsUnknownForGood() {
        OrderRef order = order("RW-NEVER");

        watchReturn(order, caseOf(order), "YT-RW-NEVER", clock.instant());
        Instant due = awaitVerdicts(1, "YT-RW-NEVER", caseOf(order)).get(0).checkedAt().plus(H24);
        virtualClock().advance(Duration.between(clock.instant(), due));

        List<ReturnWaybillChecked> both = awaitVerdicts(2, "YT-RW-NEVER", caseOf(order));
        assertThat(both).extracting(ReturnWaybillChecked::verdict)
                .containsExactly(WaybillVerdict.UNKNOWN_TO_COURIER, WaybillVerdict.UNKNOWN_TO_COURIER);
        await().atMost(WAIT).until(() -> timerDue("YT-RW-NEVER", RecheckTimers.KIND) == null);
        virtualClock().advance(H24.plus(H24));
        settle(order);
        assertThat(verdicts("YT-RW-NEVER", caseOf(order))).hasSize(2);
    }

    @Test
    void aNumberAlreadyUsedByAnotherOrdersReturnIsReusedAndStaysWithTheFirst() {
        OrderRef first = order("RW-FIRST");
        OrderRef second = order("RW-SECOND");
        COURIER.shipment("YT-RW-SAME", "IN_TRANSIT", clock.instant(), clock.instant());
        watchReturn(first, caseOf(first), "YT-RW-SAME", clock.instant().minus(Duration.ofHours(1)));
        assertThat(awaitVerdicts(1, "YT-RW-SAME", caseOf(first)).get(0).verdict()).isEqualTo(WaybillVerdict.OK);

        Envelope reuse = watchReturn(second, caseOf(second), "YT-RW-SAME", clock.instant().minus(Duration.ofHours(1)));

        ReturnWaybillChecked reused = awaitVerdicts(1, "YT-RW-SAME", caseOf(second)).get(0);
        assertThat(reused.verdict()).isEqualTo(WaybillVerdict.USED_BY_ANOTHER_CASE);
        assertThat(reused.otherCaseId()).isEqualTo(caseOf(first));
        assertThat(reused.order()).isEqualTo(second);
        Envelope answer = publishedEnvelopes(m -> m instanceof ReturnWaybillChecked c
                && c.caseId().equals(caseOf(second))).get(0);
        assertThat(answer.causationId()).isEqualTo(reuse.id());
        assertThat(answer.partitionKey()).isEqualTo(second.key());
        var parcel = parcels.find("YT-RW-SAME").orElseThrow().parcel();
        assertThat(parcel.order()).isEqualTo(first);
        assertThat(parcel.caseId()).isEqualTo(caseOf(first));
        assertThat(COURIER.requests("YT-RW-SAME")).hasSize(1); // the reuse is known without asking the courier
    }

    @Test
    void anotherCaseOfTheSameOrderOrTheOrdersOwnDeliveryIsReuseToo() {
        OrderRef order = order("RW-OWN");
        COURIER.shipment("ZT-RW-DELIVERY", "SIGNED", clock.instant());
        send(new WatchParcel(order, caseOf(order), "ZTO", "ZT-RW-DELIVERY", null));
        await().atMost(WAIT).until(() -> !published(ParcelStatusReported.class,
                r -> r.trackingNo().equals("ZT-RW-DELIVERY")).isEmpty());
        String laterCase = order.caseIdOf("RW-OWN-R2");

        watchReturn(order, caseOf(order), "ZT-RW-DELIVERY", clock.instant());
        watchReturn(order, laterCase, "ZT-RW-DELIVERY", clock.instant());

        assertThat(awaitVerdicts(1, "ZT-RW-DELIVERY", caseOf(order)).get(0))
                .extracting(ReturnWaybillChecked::verdict, ReturnWaybillChecked::otherCaseId)
                .containsExactly(WaybillVerdict.USED_BY_ANOTHER_CASE, caseOf(order));
        assertThat(awaitVerdicts(1, "ZT-RW-DELIVERY", laterCase).get(0).verdict())
                .isEqualTo(WaybillVerdict.USED_BY_ANOTHER_CASE);
    }

    @Test
    void aRedeliveredWatchReturnAsksTheCourierOnce() {
        OrderRef order = order("RW-AGAIN");
        COURIER.shipment("YT-RW-AGAIN", "IN_TRANSIT", clock.instant());
        Envelope command = Envelope.first(new WatchReturn(order, caseOf(order), "YTO", "YT-RW-AGAIN", WAREHOUSE,
                clock.instant()), "test", clock.instant());

        resend(command);
        awaitVerdicts(1, "YT-RW-AGAIN", caseOf(order));
        resend(command);
        settle(order);

        assertThat(verdicts("YT-RW-AGAIN", caseOf(order))).hasSize(1);
        assertThat(COURIER.requests("YT-RW-AGAIN")).hasSize(1);
    }

    @Test
    void anUnreachableCourierGivesNoVerdictUntilItAnswers() {
        OrderRef order = order("RW-DOWN");
        COURIER.shipment("YT-RW-DOWN", "IN_TRANSIT", clock.instant(), clock.instant());
        COURIER.unavailable("YT-RW-DOWN", 3);

        watchReturn(order, caseOf(order), "YT-RW-DOWN", clock.instant().minus(Duration.ofHours(1)));
        await().atMost(WAIT).until(() -> timerDue("YT-RW-DOWN", RecheckTimers.KIND) != null);
        assertThat(COURIER.requests("YT-RW-DOWN")).hasSize(3);
        assertThat(verdicts("YT-RW-DOWN", caseOf(order))).isEmpty();

        virtualClock().advance(Duration.ofMinutes(10));

        assertThat(awaitVerdicts(1, "YT-RW-DOWN", caseOf(order)).get(0).verdict()).isEqualTo(WaybillVerdict.OK);
        await().atMost(WAIT).until(() -> timerDue("YT-RW-DOWN", RecheckTimers.KIND) == null);
    }
}
