package com.refundpilot.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verdicts on a buyer's return waybill (RR-3, RR-12) and its one re-check. */
class ReturnWaybillTest {

    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T2001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Address WAREHOUSE = new Address("浙江", "杭州");
    private static final Instant REQUESTED = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant NOW = REQUESTED.plus(Duration.ofHours(2));
    private static final Duration H24 = Duration.ofHours(24);
    private static final WaybillCheck CHECK = new WaybillCheck(H24, Duration.ofMinutes(10));

    private final Parcel parcel = Parcel.registerReturn("YT-R1", "YTO", ORDER, CASE, WAREHOUSE, REQUESTED);

    private static ShipmentLookup.Found found(Instant collectedAt) {
        return new ShipmentLookup.Found(TrackingStatus.IN_TRANSIT, NOW.minus(Duration.ofMinutes(30)), "江苏", "苏州",
                collectedAt);
    }

    @Test
    void aParcelCollectedAfterTheRequestIsOkWithTheCouriersView() {
        ReturnWaybillChecked checked = parcel.checkReturn(found(REQUESTED.plusSeconds(60)), NOW, CHECK).orElseThrow();

        assertThat(checked).isEqualTo(new ReturnWaybillChecked(ORDER, CASE, "YTO", "YT-R1", WaybillVerdict.OK,
                TrackingStatus.IN_TRANSIT, NOW.minus(Duration.ofMinutes(30)), new Address("江苏", "苏州"), null, NOW));
        assertThat(parcel.nextRecheckAt()).isEmpty();
        assertThat(parcel.watched()).isTrue();
        assertThat(parcel.destination()).isEqualTo(WAREHOUSE);
        assertThat(parcel.nextStallAt(StallSchedule.DEFAULT)).contains(NOW.minus(Duration.ofMinutes(30)).plus(H24));
    }

    @Test
    void aParcelFirstScannedBeforeTheRequestWasCollectedBeforeIt() {
        ReturnWaybillChecked checked = parcel.checkReturn(found(REQUESTED.minusSeconds(1)), NOW, CHECK).orElseThrow();

        assertThat(checked.verdict()).isEqualTo(WaybillVerdict.COLLECTED_BEFORE_REQUEST);
        assertThat(checked.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
    }

    @Test
    void aCourierThatDoesNotSayWhenItCollectedGivesOk() {
        assertThat(parcel.checkReturn(found(null), NOW, CHECK).orElseThrow().verdict()).isEqualTo(WaybillVerdict.OK);
    }

    @Test
    void anUnknownWaybillIsCheckedOnceMoreADayLaterAndTheSecondUnknownIsFinal() {
        ReturnWaybillChecked first = parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW, CHECK).orElseThrow();

        assertThat(first.verdict()).isEqualTo(WaybillVerdict.UNKNOWN_TO_COURIER);
        assertThat(first.status()).isNull();
        assertThat(parcel.nextRecheckAt()).contains(NOW.plus(H24));
        assertThat(parcel.returnWatch().recheckDue(NOW.plus(H24).minusSeconds(1))).isFalse();
        assertThat(parcel.returnWatch().recheckDue(NOW.plus(H24))).isTrue();

        ReturnWaybillChecked second = parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW.plus(H24), CHECK)
                .orElseThrow();

        assertThat(second.verdict()).isEqualTo(WaybillVerdict.UNKNOWN_TO_COURIER);
        assertThat(second.checkedAt()).isEqualTo(NOW.plus(H24));
        assertThat(parcel.nextRecheckAt()).isEmpty();
    }

    @Test
    void anUnknownWaybillTheCourierKnowsAtTheRecheckIsOk() {
        parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW, CHECK);

        Optional<ReturnWaybillChecked> recheck = parcel.checkReturn(found(NOW.plus(Duration.ofHours(3))),
                NOW.plus(H24), CHECK);

        assertThat(recheck).get().extracting(ReturnWaybillChecked::verdict).isEqualTo(WaybillVerdict.OK);
        assertThat(parcel.nextRecheckAt()).isEmpty();
    }

    @Test
    void anUnreachableCourierGivesNoVerdictAndIsAskedAgainSoon() {
        assertThat(parcel.checkReturn(new ShipmentLookup.Unavailable("503"), NOW, CHECK)).isEmpty();
        assertThat(parcel.nextRecheckAt()).contains(NOW.plus(Duration.ofMinutes(10)));

        // still the first "unknown" afterwards: a re-check a day later is planned
        parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW.plus(Duration.ofMinutes(10)), CHECK);
        assertThat(parcel.nextRecheckAt()).contains(NOW.plus(Duration.ofMinutes(10)).plus(H24));
    }

    @Test
    void onlyTheSameCaseAndOrderOwnAReturnWaybill() {
        OrderRef other = new OrderRef(Platform.TAOBAO, "shop-1", "T2002");

        assertThat(parcel.isReturnOf(ORDER, CASE)).isTrue();
        assertThat(parcel.isReturnOf(ORDER, ORDER.caseIdOf("R2"))).isFalse();
        assertThat(parcel.isReturnOf(other, CASE)).isFalse();
        // a delivery (registered by a watch or an intercept) is never a return waybill, not even its own case's
        Parcel delivery = Parcel.register("ZT-OUT", "ZTO", ORDER, CASE);
        assertThat(delivery.isReturnOf(ORDER, CASE)).isFalse();
        assertThat(delivery.checkReturn(found(null), NOW, CHECK)).isEmpty();
    }

    @Test
    void aReusedWaybillNamesTheCaseThatHasItAndCarriesNoCourierView() {
        OrderRef other = new OrderRef(Platform.TAOBAO, "shop-1", "T2002");
        String otherCase = other.caseIdOf("R9");

        ReturnWaybillChecked reused = parcel.reusedBy(other, otherCase, "YTO", NOW);

        assertThat(reused).isEqualTo(new ReturnWaybillChecked(other, otherCase, "YTO", "YT-R1",
                WaybillVerdict.USED_BY_ANOTHER_CASE, null, null, null, CASE, NOW));
        assertThat(parcel.order()).isEqualTo(ORDER); // the registration stays with the first case
        assertThat(parcel.caseId()).isEqualTo(CASE);
    }

    @Test
    void watchingTheReturnAgainStartsTheRecheckCountAfresh() {
        parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW, CHECK);
        parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW.plus(H24), CHECK);

        parcel.watchReturn(CASE, NOW.plus(H24), WAREHOUSE);
        parcel.checkReturn(new ShipmentLookup.Unknown("no"), NOW.plus(H24), CHECK);

        assertThat(parcel.nextRecheckAt()).contains(NOW.plus(H24).plus(H24));
    }
}
