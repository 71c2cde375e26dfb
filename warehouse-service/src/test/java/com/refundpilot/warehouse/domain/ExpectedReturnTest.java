package com.refundpilot.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A return parcel's expectation, arrival and inspection; staff records that make no sense change nothing. */
class ExpectedReturnTest {

    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final List<String> PHOTO = List.of("https://img.example/1.jpg");

    private final ExpectedReturn parcel = ExpectedReturn.of("SF100",
            new ReturnExpectation(ORDER, CASE, "SF", "SHOE-BLK-42", 2, T0));

    private static InspectionReport report(InspectionResult result, Integer quantity, List<String> photos) {
        return new InspectionReport(result, quantity, photos, null, "李质检");
    }

    @Test
    void anArrivalIsReportedToTheExpectingCaseOnce() {
        ReturnReceived received = parcel.receive("王仓管", RecordResult.RECORDED, T1);

        assertThat(received).isEqualTo(new ReturnReceived(ORDER, CASE, "SF100", T1));
        assertThat(parcel.arrival()).isEqualTo(new ReturnArrival(T1, "王仓管", "RECORDED"));
        assertThatThrownBy(() -> parcel.receive("again", RecordResult.RECORDED, T1.plusSeconds(1)))
                .isInstanceOfSatisfying(ReturnRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ReturnRefusedException.ALREADY_RECEIVED));
        assertThat(parcel.arrival().receivedAt()).isEqualTo(T1);
    }

    @Test
    void anInspectionBeforeTheArrivalRecordsTheArrivalFirst() {
        var events = parcel.inspect(new InspectionReport(InspectionResult.QUANTITY_SHORT, 1, PHOTO, "少一只", "李质检"),
                "RECORDED", "RECORDED", T1);

        assertThat(events).containsExactly(new ReturnReceived(ORDER, CASE, "SF100", T1),
                new ReturnInspected(ORDER, CASE, "SF100", InspectionResult.QUANTITY_SHORT, 1, PHOTO, "少一只", T1));
        assertThat(parcel.arrival().receivedBy()).isEqualTo("李质检");
        assertThat(parcel.inspection().receivedQuantity()).isEqualTo(1);
    }

    @Test
    void aReceivedParcelIsInspectedWithoutASecondArrivalAndOnlyOnce() {
        parcel.receive(null, RecordResult.RECORDED, T0);

        var events = parcel.inspect(report(InspectionResult.MATCH, null, List.of()), null, "RECORDED", T1);

        assertThat(events).containsExactly(new ReturnInspected(ORDER, CASE, "SF100", InspectionResult.MATCH, 2,
                List.of(), null, T1));
        assertThatThrownBy(() -> parcel.inspect(report(InspectionResult.MATCH, 2, List.of()), null, "RECORDED", T1))
                .isInstanceOfSatisfying(ReturnRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ReturnRefusedException.ALREADY_INSPECTED));
    }

    @Test
    void badInspectionsNameTheFieldAndChangeNothing() {
        assertField(report(null, 1, PHOTO), "result");
        assertField(report(InspectionResult.WRONG_ITEM, -1, PHOTO), "receivedQuantity");
        assertField(report(InspectionResult.WRONG_ITEM, 3, PHOTO), "receivedQuantity"); // 2 expected
        assertField(report(InspectionResult.MATCH, 1, List.of()), "receivedQuantity");
        assertField(report(InspectionResult.QUANTITY_SHORT, 2, PHOTO), "receivedQuantity");
        assertField(report(InspectionResult.QUANTITY_SHORT, null, PHOTO), "receivedQuantity");
        assertField(report(InspectionResult.QUALITY_PROBLEM, 2, List.of()), "photoUrls");
        assertField(report(InspectionResult.DAMAGED_ON_ARRIVAL, 2, List.of("https://ok/1.jpg", "not a url")),
                "photoUrls[1]");
        assertField(new InspectionReport(InspectionResult.MATCH, 2, List.of(), "x".repeat(2001), null), "notes");

        assertThat(parcel.arrival()).isNull();
        assertThat(parcel.inspection()).isNull();
    }

    private void assertField(InspectionReport report, String field) {
        assertThatThrownBy(() -> parcel.inspect(report, "RECORDED", "RECORDED", T1))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void theSameCaseAgainKeepsTheRecordsAndAnotherCaseTakesTheWaybillOver() {
        parcel.receive("王仓管", RecordResult.RECORDED, T0);

        var same = parcel.expect(new ReturnExpectation(ORDER, CASE, "SF", "SHOE-BLK-42", 1, T1), T1);
        assertThat(same).isEqualTo(ExpectedReturn.Expected.SAME_CASE);
        assertThat(parcel.received()).isTrue();
        assertThat(parcel.expectation().quantity()).isEqualTo(1);
        assertThat(parcel.expectation().expectedAt()).isEqualTo(T0);

        var other = new OrderRef(Platform.TAOBAO, "shop-1", "T2002");
        var retied = parcel.expect(new ReturnExpectation(other, other.caseIdOf("R9"), "SF", "HAT", 1, T1), T1);

        assertThat(retied).isEqualTo(ExpectedReturn.Expected.RETIED);
        assertThat(parcel.expectation().caseId()).isEqualTo(other.caseIdOf("R9"));
        assertThat(parcel.received()).isFalse();
        assertThat(parcel.superseded()).singleElement().satisfies(earlier -> {
            assertThat(earlier.expectation().caseId()).isEqualTo(CASE);
            assertThat(earlier.arrival().receivedBy()).isEqualTo("王仓管");
            assertThat(earlier.supersededAt()).isEqualTo(T1);
        });
        assertThat(parcel.receive(null, RecordResult.RECORDED, T1).caseId()).isEqualTo(other.caseIdOf("R9"));
    }

    @Test
    void aWeightGoesToTheLatestCaseThatAskedAboutTheOrder() {
        var order = WarehouseOrder.of(ORDER);
        assertThatThrownBy(() -> order.weighed(null, 310, 620, "RECORDED", T1))
                .isInstanceOf(NoCaseAskedException.class);

        order.askedBy(ORDER.caseIdOf("R1"), T0);
        order.askedBy(ORDER.caseIdOf("R2"), T0.plusSeconds(5));
        ParcelWeighed weighed = order.weighed("YT1", 310, 620, "RECORDED", T1);

        assertThat(weighed).isEqualTo(new ParcelWeighed(ORDER, ORDER.caseIdOf("R2"), "YT1", 310, 620, T1));
        assertThat(order.weighings()).containsExactly(new ParcelWeighing(T1, ORDER.caseIdOf("R2"), "YT1", 310, 620,
                "RECORDED"));
    }
}
