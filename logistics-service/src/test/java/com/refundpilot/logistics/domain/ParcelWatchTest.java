package com.refundpilot.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.kit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watching a parcel: the status report, and stalls at 24/48/72 h without movement, each reported once. */
class ParcelWatchTest {

    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Address URUMQI = new Address("新疆", "乌鲁木齐");
    private static final StallSchedule SCHEDULE = StallSchedule.DEFAULT;
    private static final Duration H24 = Duration.ofHours(24);
    private static final Duration H48 = Duration.ofHours(48);
    private static final Duration H72 = Duration.ofHours(72);

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-11T02:00:00Z"));
    private final Parcel parcel = Parcel.register("ZT0001", "ZTO", ORDER, CASE);
    private Instant movedAt;

    @BeforeEach
    void destination() {
        parcel.destinedFor(URUMQI);
        movedAt = clock.instant().minus(Duration.ofHours(3));
    }

    private ParcelStatusReported watchInTransit() {
        return parcel.watch(CASE, new ShipmentLookup.Found(TrackingStatus.IN_TRANSIT, movedAt, "甘肃", "兰州"),
                clock.instant());
    }

    private void advanceTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private Optional<ParcelStalled> fire() {
        return parcel.stallDue(SCHEDULE, clock.instant());
    }

    private ParcelStalled stalled(Instant lastMovementAt, Duration stalledFor) {
        return new ParcelStalled(ORDER, CASE, "ZTO", "ZT0001", lastMovementAt, stalledFor, URUMQI);
    }

    private void track(TrackingStatus status) {
        parcel.track(new TrackingReport("ZT0001", "ZTO", status, clock.instant(), null, null));
    }

    @Test
    void theWatchReportsTheParcelAsTheCourierShowsIt() {
        assertThat(watchInTransit()).isEqualTo(new ParcelStatusReported(ORDER, CASE, "ZTO", "ZT0001",
                TrackingStatus.IN_TRANSIT, movedAt, new Address("甘肃", "兰州"), null));
        assertThat(parcel.watched()).isTrue();
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAt.plus(H24));
    }

    @Test
    void aParcelThatDoesNotMoveIsReportedStalledAt24And48And72HoursOnceEach() {
        watchInTransit();

        advanceTo(movedAt.plus(H24).minusSeconds(1));
        assertThat(fire()).isEmpty();
        advanceTo(movedAt.plus(H24));
        assertThat(fire()).contains(stalled(movedAt, H24));
        assertThat(fire()).isEmpty(); // the same firing again reports nothing
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAt.plus(H48));

        advanceTo(movedAt.plus(H48));
        assertThat(fire()).contains(stalled(movedAt, H48));
        advanceTo(movedAt.plus(H72));
        assertThat(fire()).contains(stalled(movedAt, H72));

        assertThat(parcel.nextStallAt(SCHEDULE)).isEmpty(); // nothing after the last threshold
        clock.advance(Duration.ofDays(10));
        assertThat(fire()).isEmpty();
    }

    @Test
    void thresholdsPassedBeforeTheWatchStartedAreNotReported() {
        movedAt = clock.instant().minus(Duration.ofHours(30));

        assertThat(watchInTransit().lastMovementAt()).isEqualTo(movedAt); // refund-service sees the 30 h here
        assertThat(fire()).isEmpty();
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAt.plus(H48));
        advanceTo(movedAt.plus(H48));
        assertThat(fire()).contains(stalled(movedAt, H48));
    }

    @Test
    void aMovementStartsTheCountAgainAndATimerFiringLateReportsNothing() {
        watchInTransit();
        advanceTo(movedAt.plus(H24));
        assertThat(fire()).contains(stalled(movedAt, H24));

        clock.advance(Duration.ofHours(10));
        Instant movedAgain = clock.instant();
        track(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAgain.plus(H24));

        advanceTo(movedAt.plus(H48)); // the old timer's time: the parcel moved since
        assertThat(fire()).isEmpty();
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAgain.plus(H24));
        advanceTo(movedAgain.plus(H24));
        assertThat(fire()).contains(stalled(movedAgain, H24));
    }

    @Test
    void aStallOrARefusedInterceptIsNoMovement() {
        watchInTransit();
        clock.advance(Duration.ofHours(5));

        track(TrackingStatus.STALLED);
        track(TrackingStatus.INTERCEPT_FAILED);

        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAt.plus(H24));
    }

    @Test
    void theEndOfTheJourneyStopsTheWatch() {
        for (TrackingStatus end : List.of(TrackingStatus.SIGNED, TrackingStatus.RETURNED_SIGNED, TrackingStatus.LOST)) {
            Parcel watched = Parcel.register("ZT-" + end, "ZTO", ORDER, CASE);
            watched.watch(CASE, new ShipmentLookup.Found(TrackingStatus.IN_TRANSIT, movedAt, null, null),
                    clock.instant());
            watched.track(new TrackingReport("ZT-" + end, "ZTO", end, clock.instant(), null, null));

            assertThat(watched.watched()).as(end.name()).isFalse();
            assertThat(watched.nextStallAt(SCHEDULE)).as(end.name()).isEmpty();
            assertThat(watched.stallDue(SCHEDULE, clock.instant().plus(H72))).as(end.name()).isEmpty();
        }
    }

    @Test
    void aParcelAlreadySignedIsReportedButNotWatched() {
        var report = parcel.watch(CASE, new ShipmentLookup.Found(TrackingStatus.SIGNED, movedAt, "新疆", "乌鲁木齐"),
                clock.instant());

        assertThat(report.status()).isEqualTo(TrackingStatus.SIGNED);
        assertThat(parcel.watched()).isFalse();
        assertThat(parcel.nextStallAt(SCHEDULE)).isEmpty();
    }

    @Test
    void thresholdsPassedTogetherAreReportedOneByOne() {
        watchInTransit();
        advanceTo(movedAt.plus(Duration.ofHours(80))); // the sweeper was away (or the clock jumped)

        assertThat(fire()).contains(stalled(movedAt, H24));
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(movedAt.plus(H48)); // already due: fires at once
        assertThat(fire()).contains(stalled(movedAt, H48));
        assertThat(fire()).contains(stalled(movedAt, H72));
        assertThat(fire()).isEmpty();
    }

    @Test
    void aParcelTheCourierDoesNotKnowIsCountedFromItsFirstMovement() {
        var unknown = parcel.watch(CASE, new ShipmentLookup.Unknown("no shipment ZT0001"), clock.instant());
        var down = Parcel.register("ZT0002", "ZTO", ORDER, CASE)
                .watch(CASE, new ShipmentLookup.Unavailable("courier answered 503 after 3 attempts"), clock.instant());

        assertThat(unknown).isEqualTo(new ParcelStatusReported(ORDER, CASE, "ZTO", "ZT0001", null, null, null,
                "UNKNOWN_PARCEL"));
        assertThat(down.code()).isEqualTo("COURIER_UNAVAILABLE");
        assertThat(parcel.nextStallAt(SCHEDULE)).isEmpty();

        clock.advance(Duration.ofHours(2));
        Instant collected = clock.instant();
        track(TrackingStatus.COLLECTED);
        assertThat(parcel.nextStallAt(SCHEDULE)).contains(collected.plus(H24));
    }

    @Test
    void aNewWatchTiesTheStallsToTheNewCase() {
        watchInTransit();
        String otherCase = ORDER.caseIdOf("R2");
        parcel.watch(otherCase, new ShipmentLookup.Found(TrackingStatus.IN_TRANSIT, movedAt, null, null),
                clock.instant());

        advanceTo(movedAt.plus(H24));
        assertThat(fire()).map(ParcelStalled::caseId).contains(otherCase);
    }

    @Test
    void aCourierAnswerIsReportedForTheCaseAndRemembered() {
        var request = new CourierRequest(CourierRequestKind.CLAIM, "cmd-1", "丢件", 59900L, "SHOE-BLK-42", null);

        CourierAnswered answered = parcel.courierAnswered(CASE, request, CourierReply.accepted(null, "CLM-1"),
                clock.instant());
        CourierAnswered refused = parcel.courierAnswered(CASE,
                new CourierRequest(CourierRequestKind.REQUEST_SIGNING_PROOF, "cmd-2", null, null, null, null),
                CourierReply.refused("NOT_SIGNED", "not signed"), clock.instant());

        assertThat(answered).isEqualTo(new CourierAnswered(ORDER, CASE, "ZT0001", CourierRequestKind.CLAIM, true,
                null, null, null, "CLM-1", null));
        assertThat(refused).isEqualTo(new CourierAnswered(ORDER, CASE, "ZT0001",
                CourierRequestKind.REQUEST_SIGNING_PROOF, false, "NOT_SIGNED", "not signed", null, null, null));
        assertThat(parcel.requests()).extracting(CourierRequestAttempt::kind, CourierRequestAttempt::ok,
                CourierRequestAttempt::claimId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CourierRequestKind.CLAIM, true, "CLM-1"),
                        org.assertj.core.groups.Tuple.tuple(CourierRequestKind.REQUEST_SIGNING_PROOF, false, null));
    }

    @Test
    void aScheduleIsSortedAndPositive() {
        var schedule = new StallSchedule(List.of(H72, H24, H48, H24));

        assertThat(schedule.thresholds()).containsExactly(H24, H48, H72);
        assertThat(schedule.next(movedAt, movedAt.plus(H24))).contains(H48);
        assertThat(schedule.next(movedAt, movedAt.plus(H72))).isEmpty();
        assertThatThrownBy(() -> new StallSchedule(List.of(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StallSchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
