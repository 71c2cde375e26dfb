package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.parse.ScenarioParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The steps and observations of returns, exchanges, reships and complaints against {@link FakeSystem}: return
 * parcels at the courier from their first scan, the warehouse staff's records on warehouse-service, complaint
 * control calls, and what counts for an order at the end (return and replacement parcels, complaint actions).
 */
class ReturnsAndComplaintsStepsTest {

    static final RunIds IDS = new RunIds("tok123");
    static final String ORDER = """
            order: {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 59900, quantity: 2, fulfilment: SHIPPED,
                    shipment: {carrier: ZTO, trackingNo: ZT1, status: SIGNED},
                    buyer: {province: 四川, city: 成都}}
            """;
    static final String RETURN = """
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: RETURN_AND_REFUND, reason: NOT_WANTED,
                           amountFen: 59900, quantity: 2}
              - at: PT1H
                platform: {event: RETURN_SHIPPED, refundId: R1, carrier: SF, trackingNo: RT1}
            """;

    final ScenarioParser parser = new ScenarioParser();
    FakeSystem system;
    ScenarioRunner runner;

    @BeforeEach
    void start() throws IOException {
        system = new FakeSystem();
        system.reacts = false;
        runner = new ScenarioRunner(system, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private Scenario scenario(String yaml) {
        return parser.parse(Path.of("test.yaml"), yaml);
    }

    /** A reaction of the system that happens at the first settle where {@code when} holds, and only then. */
    private static Runnable once(BooleanSupplier when, Runnable reaction) {
        boolean[] done = {false};
        return () -> {
            if (!done[0] && when.getAsBoolean()) {
                done[0] = true;
                reaction.run();
            }
        };
    }

    private List<String> calls(String prefix) {
        return system.log().stream().filter(l -> l.startsWith(prefix)).toList();
    }

    // ------------------------------------------------------------------ return parcels at the courier

    @Test
    void aReturnParcelAppearsAtTheCourierWhenACourierStepFirstNamesItNotWhenTheWaybillIsFilledIn() {
        Scenario s = scenario("name: return scanned\npolicy: {returnAddress: {province: 广东, city: 深圳}}\n"
                + "start: 2026-11-11T10:00:00+08:00\n" + ORDER + "steps:\n" + RETURN + """
              - at: PT1H
                platform: {event: RETURN_SHIPPED, refundId: R1, carrier: YTO, trackingNo: RT2}
              - at: PT3H
                courier: {trackingNo: RT1, event: COLLECTED}
              - at: PT5H
                courier: {trackingNo: RT1, event: SIGNED, location: {province: 广东, city: 深圳}}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();

        List<String> rt1 = calls("").stream().filter(l -> l.contains("RT1-tok123") && !l.startsWith("GET")).toList();
        assertThat(rt1).containsExactly(
                "PUT /sb/sandbox/courier/shipments/RT1-tok123",                       // the first scan creates it
                "POST /sb/sandbox/courier/shipments/RT1-tok123/events",
                "POST /sb/sandbox/courier/shipments/RT1-tok123/events");
        List<String> log = system.log();
        assertThat(log.indexOf("PUT /sb/sandbox/courier/shipments/RT1-tok123"))          // at PT3H, not at PT1H
                .isGreaterThan(log.indexOf("POST /sb/sandbox/platforms/taobao/refunds/R1-tok123/return-shipment"))
                .isGreaterThan(log.indexOf("clock 2026-11-11T05:00:00Z"));
        JsonNode parcel = system.body("PUT /sb/sandbox/courier/shipments/RT1-tok123");
        assertThat(parcel.get("carrier").asString()).isEqualTo("SF");
        assertThat(parcel.get("status").asString()).isEqualTo("COLLECTED");
        assertThat(parcel.get("lastMovementAt").asString()).isEqualTo("2026-11-11T05:00:00Z"); // the scan's time
        assertThat(parcel.get("city").asString()).isEqualTo("成都");                             // from the buyer
        assertThat(parcel.get("destination").toString()).isEqualTo("{\"province\":\"广东\",\"city\":\"深圳\"}");
        // a waybill nobody scans stays unknown to the courier, yet its log is read for the order
        assertThat(calls("PUT /sb/sandbox/courier/shipments/RT2")).isEmpty();
        assertThat(log).contains("GET /sb/sandbox/courier/shipments/RT2-tok123/actions");
    }

    @Test
    void aWaybillTheCourierScannedBeforeTheRequestIsCollectedAtThatScan() {
        Scenario s = scenario("name: old waybill\nstart: 2026-11-11T10:00:00+08:00\n" + ORDER + """
            steps:
              - at: PT0S
                courier: {trackingNo: RT1, event: SIGNED}
              - at: PT48H
                platform: {event: REFUND_REQUESTED, refundId: R1, type: RETURN_AND_REFUND, reason: NOT_WANTED,
                           amountFen: 59900}
              - at: PT49H
                platform: {event: RETURN_SHIPPED, refundId: R1, carrier: SF, trackingNo: RT1}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();
        assertThat(system.body("PUT /sb/sandbox/courier/shipments/RT1-tok123").get("lastMovementAt").asString())
                .isEqualTo("2026-11-11T02:00:00Z");
        assertThat(calls("PUT /sb/sandbox/courier/shipments/RT1")).hasSize(1);
    }

    @Test
    void theCourierActionsOfAReturnParcelCountForItsOrder() {
        system.onSettle = once(() -> system.log().contains("PUT /sb/sandbox/courier/shipments/RT1-tok123"),
                () -> system.courierAction("RT1-tok123", "REQUEST_SIGNING_PROOF"));
        Scenario s = scenario("name: signed locally\n" + ORDER + "steps:\n" + RETURN + """
              - at: PT30H
                courier: {trackingNo: RT1, event: SIGNED, location: {province: 浙江, city: 杭州}}
            expect: {courierActions: [REQUEST_SIGNING_PROOF, INTERCEPT]}
            """);

        assertThat(runner.run(s, IDS).failures()).containsExactly("courierActions: expected [REQUEST_SIGNING_PROOF, "
                + "INTERCEPT] in order, courier saw [REQUEST_SIGNING_PROOF] (no case in refund-service)");
    }

    // ------------------------------------------------------------------ warehouse staff on warehouse-service

    @Test
    void theStaffRecordTheArrivalAndInspectionOfTheOnlyReturnOnWarehouseService() {
        Scenario s = scenario("name: inspected\n" + ORDER + "steps:\n" + RETURN + """
              - at: PT30H
                warehouse: {event: RETURN_RECEIVED}
              - at: PT31H
                warehouse: {event: INSPECTED, result: QUANTITY_SHORT, receivedQuantity: 1}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();

        assertThat(calls("POST /warehouse/")).containsExactly("POST /warehouse/api/returns/RT1-tok123/arrival",
                "POST /warehouse/api/returns/RT1-tok123/inspection");
        assertThat(system.body("POST /warehouse/api/returns/RT1-tok123/arrival").toString())
                .isEqualTo("{\"receivedBy\":\"scenario-warehouse\"}");
        assertThat(system.body("POST /warehouse/api/returns/RT1-tok123/inspection").toString())
                .isEqualTo("{\"result\":\"QUANTITY_SHORT\",\"receivedQuantity\":1,\"photoUrls\":[\"https://photos."
                        + "sandbox.refundpilot.test/returns/RT1-tok123/inspection-1.jpg\"],\"notes\":\"scenario "
                        + "inspection: QUANTITY_SHORT\"}");
    }

    @Test
    void anInspectionWithoutAQuantitySaysEveryUnitTheRefundReturnsCameBack() {
        Scenario s = scenario("name: match\n" + ORDER + "steps:\n" + RETURN + """
              - at: PT30H
                warehouse: {event: INSPECTED, result: MATCH, trackingNo: RT1}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();
        assertThat(system.body("POST /warehouse/api/returns/RT1-tok123/inspection").get("receivedQuantity").asInt())
                .isEqualTo(2);
    }

    @Test
    void warehouseServicesRefusalFailsTheScenarioNamingTheStepAndTheService() {
        Scenario s = scenario("name: twice\n" + ORDER + "steps:\n" + RETURN + """
              - at: PT30H
                warehouse: {event: RETURN_RECEIVED, trackingNo: RT1}
              - at: PT31H
                warehouse: {event: RETURN_RECEIVED, trackingNo: RT1}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).detail()).isEqualTo("steps[3] (at PT31H, warehouse RETURN_RECEIVED): "
                + "warehouse-service answered 409 to POST /warehouse/api/returns/RT1/arrival: trackingNo: return RT1 "
                + "already has its arrival");
    }

    @Test
    void aReturnStepWithoutTrackingNoAmongSeveralReturnsIsAProblemOfTheScenario() {
        Scenario s = scenario("name: which\n" + ORDER + "steps:\n" + RETURN + """
              - at: PT2H
                platform: {event: RETURN_SHIPPED, refundId: R1, carrier: SF, trackingNo: RT2}
              - at: PT30H
                warehouse: {event: RETURN_RECEIVED}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).containsExactly("steps[3].warehouse: no trackingNo, and the buyer "
                + "shipped 2 return parcels before it (RT1, RT2): name the return parcel");
        assertThat(system.log()).isEmpty();
    }

    @Test
    void theParcelWeightIsThatOfTheOnlyOrder() {
        Scenario s = scenario("name: weighed\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: RESHIP, reason: MISSING_ITEM, quantity: 1}
              - at: PT1H
                warehouse: {event: PARCEL_WEIGHT, grams: 310, expectedGrams: 620, trackingNo: ZT1}
              - at: PT2H
                warehouse: {event: PARCEL_WEIGHT, grams: 300, expectedGrams: 600}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();
        List<String> weights = system.bodies.stream().filter(e -> e.getKey().startsWith("POST /warehouse/"))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertThat(weights).containsExactly(
                "POST /warehouse/api/orders/O1-tok123/parcel-weight {\"grams\":310,\"expectedGrams\":620,"
                        + "\"trackingNo\":\"ZT1-tok123\"}",
                "POST /warehouse/api/orders/O1-tok123/parcel-weight {\"grams\":300,\"expectedGrams\":600}");
    }

    // ------------------------------------------------------------------ replacement parcels

    @Test
    void replacementParcelsTheErpShippedCountForTheOrderAndCourierStepsNameThemByTheOrdersId() {
        system.onSettle = once(() -> system.hasRefund("R1-tok123"),
                () -> system.erpShipped("O1-tok123", "RESHIP", "O1-tok123-RS1", "NUDGE"));
        Scenario s = scenario("name: reshipped\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: RESHIP, reason: MISSING_ITEM, quantity: 1}
              - at: PT48H
                courier: {trackingNo: O1-RS1, event: SIGNED}
            expect: {warehouseActions: [RESHIP], courierActions: [NUDGE], forbid: [NUDGE]}
            """);

        // the parcel's NUDGE is the order's: courierActions holds, and so forbid catches it
        assertThat(runner.run(s, IDS).failures()).containsExactly("forbid: must not happen, but NUDGE (courier saw "
                + "[NUDGE]) (no case in refund-service)");
        assertThat(calls("POST /sb/sandbox/courier/")).containsExactly(
                "POST /sb/sandbox/courier/shipments/O1-tok123-RS1/events");
        assertThat(system.log()).contains("GET /sb/sandbox/courier/shipments/O1-tok123-RS1/actions");
    }

    // ------------------------------------------------------------------ complaints

    @Test
    void aComplaintCarriesTheOrdersShipTimesAndItsStepsGoToTheComplaintsControlApi() {
        Scenario s = scenario("""
            name: complaint
            order: {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 100, fulfilment: SHIPPED,
                    promisedShipBy: 2026-11-12T18:00:00+08:00, shippedAt: 2026-11-13T09:30:00+08:00}
            steps:
              - at: PT0S
                platform: {event: COMPLAINT_FILED, complaintId: C1, kind: LATE_SHIPMENT, deadlineIn: PT72H}
              - at: PT1H
                platform: {event: PLATFORM_INTERVENED, complaintId: C1, evidenceDeadlineIn: PT24H, deliveries: 2}
              - at: PT2H
                platform: {event: DEADLINE_CHANGED, complaintId: C1, deadlineIn: PT12H}
              - at: PT3H
                platform: {event: PLATFORM_VERDICT, complaintId: C1, for: BUYER}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();

        String c1 = "/sb/sandbox/platforms/taobao/complaints/C1-tok123";
        assertThat(calls("POST /sb/")).containsExactly("POST /sb/sandbox/platforms/taobao/complaints",
                "POST " + c1 + "/intervention", "POST " + c1 + "/deadline", "POST " + c1 + "/verdict");
        assertThat(system.body("POST /sb/sandbox/platforms/taobao/complaints").toString()).isEqualTo(
                "{\"shopId\":\"s1-tok123\",\"orderId\":\"O1-tok123\",\"complaintId\":\"C1-tok123\",\"kind\":"
                        + "\"LATE_SHIPMENT\",\"deadlineIn\":\"PT72H\",\"promisedShipBy\":\"2026-11-12T10:00:00Z\","
                        + "\"shippedAt\":\"2026-11-13T01:30:00Z\",\"orderPaidFen\":100,\"deliveries\":1}");
        assertThat(system.body("POST " + c1 + "/intervention").toString())
                .isEqualTo("{\"evidenceDeadlineIn\":\"PT24H\",\"deliveries\":2}");
        assertThat(system.body("POST " + c1 + "/deadline").toString()).isEqualTo("{\"deadlineIn\":\"PT12H\",\"deliveries\":1}");
        assertThat(system.body("POST " + c1 + "/verdict").toString()).isEqualTo("{\"for\":\"BUYER\",\"deliveries\":1}");
    }

    @Test
    void aComplaintsPlatformActionsAreWhatTheComplaintOracleRecorded() {
        system.onSettle = once(() -> system.hasComplaint("C1-tok123"), () -> {
            system.complaintAction("C1-tok123", "ACCEPT_COMPLAINT", 0);
            system.complaintAction("C1-tok123", "COMPENSATE", 500);
        });
        String story = "name: overdue\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: COMPLAINT_FILED, complaintId: C1, kind: LATE_SHIPMENT}
              - at: PT1H
            expect: {platformActions: [%s], forbid: [REJECT_COMPLAINT]}
            """;

        assertThat(runner.run(scenario(story.formatted("ACCEPT_COMPLAINT, COMPENSATE")), IDS).failures()).isEmpty();
        assertThat(runner.run(scenario(story.formatted("REJECT_COMPLAINT")), new RunIds("tok456")).detail()).isEqualTo(
                "platformActions: expected [REJECT_COMPLAINT] in order, platform saw [] (no case in refund-service)");
    }
}
