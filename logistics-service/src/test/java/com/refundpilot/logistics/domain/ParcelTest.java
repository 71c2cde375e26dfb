package com.refundpilot.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Courier answers and tracking → the events refund-service sees. */
class ParcelTest {

    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

    private final Parcel parcel = Parcel.register("ZT0001", "ZTO", ORDER, CASE);

    @Test
    void anAcceptedInterceptIsReportedRequested() {
        assertThat(parcel.interceptAnswered(CASE, "cmd-1", new InterceptAnswer.Accepted(), NOW))
                .isEqualTo(new InterceptRequested(ORDER, CASE, "ZTO", "ZT0001"));
        assertThat(parcel.intercepts()).containsExactly(new InterceptAttempt(NOW, CASE, "cmd-1", true, null));
    }

    @Test
    void aRefusalCarriesTheCouriersCodeAndAnOutageIsCourierUnavailable() {
        assertThat(parcel.interceptAnswered(CASE, "cmd-1", new InterceptAnswer.Refused("ALREADY_SIGNED", "signed"), NOW))
                .isEqualTo(new InterceptFailed(ORDER, CASE, "ZTO", "ZT0001", "ALREADY_SIGNED", "signed"));
        assertThat(parcel.interceptAnswered(CASE, "cmd-2", new InterceptAnswer.Unavailable("503 after 3 attempts"), NOW))
                .isEqualTo(new InterceptFailed(ORDER, CASE, "ZTO", "ZT0001", "COURIER_UNAVAILABLE",
                        "503 after 3 attempts"));
        assertThat(parcel.intercepts()).extracting(InterceptAttempt::code)
                .containsExactly("ALREADY_SIGNED", "COURIER_UNAVAILABLE");
    }

    @Test
    void trackingIsReportedForTheParcelsOrderAndMovesItsState() {
        var update = parcel.track(new TrackingReport("ZT0001", "ZTO", TrackingStatus.INTERCEPT_SUCCEEDED, NOW, "浙江",
                "杭州"));

        assertThat(update).isEqualTo(new TrackingUpdated(ORDER, "ZTO", "ZT0001", TrackingStatus.INTERCEPT_SUCCEEDED,
                NOW, "浙江", "杭州"));
        assertThat(parcel.lastStatus()).isEqualTo(TrackingStatus.INTERCEPT_SUCCEEDED);
        assertThat(parcel.lastMovementAt()).isEqualTo(NOW);
    }

    @Test
    void aLateReportIsStillReportedButDoesNotMoveTheParcelBack() {
        parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.OUT_FOR_DELIVERY, NOW, "浙江", "杭州"));
        var late = parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.IN_TRANSIT,
                NOW.minus(Duration.ofHours(5)), null, null));

        assertThat(late.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(late.carrier()).isEqualTo("ZTO");
        assertThat(parcel.lastStatus()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(parcel.lastEventAt()).isEqualTo(NOW);
    }

    @Test
    void aStallOrAFailedInterceptIsNoMovement() {
        parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.IN_TRANSIT, NOW, null, null));
        parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.STALLED, NOW.plus(Duration.ofHours(24)), null,
                null));
        parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.INTERCEPT_FAILED, NOW.plus(Duration.ofHours(25)),
                null, null));

        assertThat(parcel.lastStatus()).isEqualTo(TrackingStatus.INTERCEPT_FAILED);
        assertThat(parcel.lastMovementAt()).isEqualTo(NOW);
    }

    @Test
    void identicalReportsShareANaturalKey() {
        var a = new TrackingReport("ZT0001", "ZTO", TrackingStatus.SIGNED, NOW, "浙江", "杭州");
        var b = new TrackingReport("ZT0001", null, TrackingStatus.SIGNED, NOW, null, null);
        var later = new TrackingReport("ZT0001", "ZTO", TrackingStatus.SIGNED, NOW.plusSeconds(1), "浙江", "杭州");

        assertThat(a.naturalKey()).isEqualTo(b.naturalKey()).isNotEqualTo(later.naturalKey());
    }

    @Test
    void theSandboxVocabularyMapsOntoTheCanonicalStatuses() {
        for (TrackingStatus status : TrackingStatus.values()) {
            assertThat(TrackingCodes.fromSandbox(status.name())).contains(status);
        }
        assertThat(TrackingCodes.fromSandbox("TELEPORTED")).isEmpty();
        assertThat(TrackingCodes.fromSandbox("signed")).isEmpty();
    }

    @Test
    void provinceAndCityMoveTogetherAndAReportWithoutAProvinceKeepsTheLastPlace() {
        parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.IN_TRANSIT, NOW, "浙江", "杭州"));

        var noPlace = parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.IN_TRANSIT,
                NOW.plusSeconds(60), null, null));
        var provinceOnly = parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.IN_TRANSIT,
                NOW.plusSeconds(120), "北京", null));

        assertThat(noPlace.province()).isEqualTo("浙江");
        assertThat(noPlace.city()).isEqualTo("杭州");
        assertThat(provinceOnly.province()).isEqualTo("北京");
        assertThat(provinceOnly.city()).as("not Hangzhou in Beijing").isNull();
        assertThat(parcel.city()).isNull();
    }

    @Test
    void ignoredFeedUpdatesAreKeptTheLatestFiftyAndChangeNothingElse() {
        parcel.track(new TrackingReport("ZT0001", null, TrackingStatus.IN_TRANSIT, NOW, "浙江", "杭州"));
        for (int i = 0; i < Parcel.IGNORED_KEPT + 5; i++) {
            parcel.keepIgnored(new IgnoredUpdate(NOW.plusSeconds(i), "kdniao 4/414", NOW, "damaged " + i));
        }

        assertThat(parcel.ignoredUpdates()).hasSize(Parcel.IGNORED_KEPT);
        assertThat(parcel.ignoredUpdates().get(0).reason()).isEqualTo("damaged 5");
        assertThat(parcel.lastStatus()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(parcel.lastMovementAt()).isEqualTo(NOW);
    }
}
