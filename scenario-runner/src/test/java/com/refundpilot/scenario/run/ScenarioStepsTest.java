package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.parse.ScenarioParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of step against {@link FakeSystem}: which sandbox control call plays it, with which body, and the
 * checks that come with some (a restart settles again, G-7 is always checked).
 */
class ScenarioStepsTest {

    static final RunIds IDS = new RunIds("tok123");
    static final String ORDER = """
            order: {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 59900, fulfilment: SHIPPED,
                    item: {sku: SHOE-42, style: 小白鞋, size: 42, customMade: true, weightGrams: 620},
                    shipment: {carrier: ZTO, trackingNo: ZT1, status: IN_TRANSIT},
                    buyer: {province: 四川, city: 成都}}
            """;

    final ScenarioParser parser = new ScenarioParser();
    FakeSystem system;
    ScenarioRunner runner;

    @BeforeEach
    void start() throws IOException {
        system = new FakeSystem();
        system.reacts = false; // these stories are about what the runner sends, not about NS-1
        runner = new ScenarioRunner(system, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private Scenario scenario(String yaml) {
        return parser.parse(Path.of("test.yaml"), yaml);
    }

    private List<String> sandboxCalls() {
        return system.log().stream().filter(l -> l.startsWith("POST /sb/") || l.startsWith("PUT /sb/")).toList();
    }

    @Test
    void setUpGivesTheErpTheConsigneeItemAndWeightAndEachShopItsPrintBatch() {
        Scenario s = scenario("""
            name: set-up
            policy: {labelPrintCutoff: "16:30"}
            start: 2026-11-11T10:00:00+08:00
            orders:
              - {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 100, fulfilment: SHIPPED,
                 item: {sku: SHOE-42, size: 42, customMade: true, weightGrams: 620},
                 shipment: {carrier: ZTO, trackingNo: ZT1, status: IN_TRANSIT}, buyer: {province: 四川, city: 成都}}
              - {platform: TAOBAO, shopId: s1, orderId: O2, paidFen: 100, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
              - {platform: TMALL, shopId: s2, orderId: O3, paidFen: 100, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
            steps:
              - at: PT0S
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();

        assertThat(sandboxCalls()).containsExactly(
                "PUT /sb/sandbox/erp/shops/s1-tok123/print-batch",
                "PUT /sb/sandbox/erp/shops/s2-tok123/print-batch",
                "PUT /sb/sandbox/erp/orders/O1-tok123",
                "PUT /sb/sandbox/courier/shipments/ZT1-tok123",
                "PUT /sb/sandbox/erp/orders/O2-tok123",
                "PUT /sb/sandbox/erp/orders/O3-tok123");
        assertThat(system.body("PUT /sb/sandbox/erp/shops/s2-tok123").toString()).isEqualTo("{\"at\":\"16:30\"}");
        JsonNode erp = system.body("PUT /sb/sandbox/erp/orders/O1-tok123");
        assertThat(erp.get("consignee").toString()).isEqualTo("{\"province\":\"四川\",\"city\":\"成都\"}");
        assertThat(erp.get("item").toString()).isEqualTo("{\"sku\":\"SHOE-42\",\"size\":\"42\",\"customMade\":true,"
                + "\"perishable\":false,\"productionStarted\":false}");
        assertThat(erp.get("weightGrams").asLong()).isEqualTo(620);
        JsonNode bare = system.body("PUT /sb/sandbox/erp/orders/O2-tok123");
        assertThat(bare.has("consignee")).isFalse();
        assertThat(bare.has("item")).isFalse();
        assertThat(bare.has("weightGrams")).isFalse();
        JsonNode parcel = system.body("PUT /sb/sandbox/courier/shipments/ZT1-tok123");
        assertThat(parcel.get("destination").toString()).isEqualTo("{\"province\":\"四川\",\"city\":\"成都\"}");
    }

    @Test
    void aSandboxWithoutPrintBatchesIsNotedNotFatal() {
        system.noPrintBatch = true;
        Scenario s = scenario("name: old sandbox\n" + ORDER + """
            steps:
              - at: PT0S
            expect: {courierActions: [INTERCEPT]}
            """);

        ScenarioResult result = runner.run(s, IDS);

        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(1)).isEqualTo("note: setting the print batch of shop s1: sandbox answered 404 "
                + "to PUT /sb/sandbox/erp/shops/s1/print-batch: No static resource sandbox/erp/shops/s1/print-batch. "
                + "(no label batch was played)");
    }

    @Test
    void everyPlatformEventIsPlayedOnItsControlApiWithItsDeliveries() {
        Scenario s = scenario("name: platform events\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 59900}
              - at: PT1H
                platform: {event: REFUND_MODIFIED, refundId: R1, reason: QUALITY, amountFen: 30000, quantity: 1,
                           deadlineIn: PT48H, deliveries: 2}
              - at: PT1H
                platform: {event: DEADLINE_CHANGED, refundId: R1, deadlineIn: PT24H}
              - at: PT2H
                platform: {event: NEGOTIATION_REJECTED, refundId: R1}
              - at: PT2H
                platform: {event: NEGOTIATION_ACCEPTED, refundId: R1, amountFen: 20000, deliveries: 3}
              - at: PT3H
                platform: {event: RETURN_SHIPPED, refundId: R1, carrier: SF, trackingNo: SF9, deadlineIn: PT240H}
              - at: PT3H
                platform: {event: PLATFORM_INTERVENED, refundId: R1, evidenceDeadlineIn: PT48H}
              - at: PT4H
                platform: {event: PLATFORM_VERDICT, refundId: R1, for: MERCHANT}
              - at: PT4H
                platform: {event: BUYER_CANCELLED, refundId: R1}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();

        String r1 = "/sb/sandbox/platforms/taobao/refunds/R1-tok123";
        assertThat(sandboxCalls()).endsWith(
                "POST /sb/sandbox/platforms/taobao/refunds",
                "POST " + r1 + "/modify",
                "POST " + r1 + "/deadline",
                "POST " + r1 + "/negotiation",
                "POST " + r1 + "/negotiation",
                "POST " + r1 + "/return-shipment",
                "POST " + r1 + "/intervention",
                "POST " + r1 + "/verdict",
                "POST " + r1 + "/close");
        assertThat(system.body("POST " + r1 + "/modify").toString()).isEqualTo("{\"reason\":\"质量问题\",\"amountFen\":30000,"
                + "\"quantity\":1,\"deadlineIn\":\"PT48H\",\"deliveries\":2}");
        assertThat(system.body("POST " + r1 + "/deadline").toString())
                .isEqualTo("{\"deadlineIn\":\"PT24H\",\"deliveries\":1}");
        List<String> negotiations = system.bodies.stream().filter(e -> e.getKey().endsWith("/negotiation"))
                .map(e -> e.getValue().toString()).toList();
        assertThat(negotiations).containsExactly("{\"accepted\":false,\"deliveries\":1}",
                "{\"accepted\":true,\"amountFen\":20000,\"deliveries\":3}");
        assertThat(system.body("POST " + r1 + "/return-shipment").toString()).isEqualTo(
                "{\"carrier\":\"SF\",\"trackingNo\":\"SF9-tok123\",\"deadlineIn\":\"PT240H\",\"deliveries\":1}");
        assertThat(system.body("POST " + r1 + "/intervention").toString())
                .isEqualTo("{\"evidenceDeadlineIn\":\"PT48H\",\"deliveries\":1}");
        assertThat(system.body("POST " + r1 + "/verdict").toString()).isEqualTo("{\"for\":\"MERCHANT\",\"deliveries\":1}");
        assertThat(system.body("POST " + r1 + "/close").toString()).isEqualTo("{\"deliveries\":1}");
        // the waybill alone puts nothing at the courier; the return parcel is the order's too: its log is read
        assertThat(sandboxCalls()).noneMatch(call -> call.contains("SF9-tok123"));
        assertThat(system.log()).contains("GET /sb/sandbox/courier/shipments/SF9-tok123/actions");
    }

    @Test
    void anAcceptedNegotiationMustLeaveTheRequestOfTheTypeTheStepSays() {
        String story = "name: accepted\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 59900}
              - at: PT1H
                platform: {event: NEGOTIATION_ACCEPTED, refundId: R1, type: %s}
            expect: {}
            """;

        assertThat(runner.run(scenario(story.formatted("RETURN_AND_REFUND")), IDS).failures()).isEmpty();
        assertThat(runner.run(scenario(story.formatted("EXCHANGE")), new RunIds("tok456")).detail())
                .isEqualTo("steps[1] (at PT1H, platform NEGOTIATION_ACCEPTED R1): the buyer accepts a request of type "
                        + "EXCHANGE, but the platform's refund is RETURN_AND_REFUND after it");
    }

    @Test
    void aComplaintIsACaseOfItsOwnAndItsExpectationsApplyToIt() {
        Scenario s = scenario("name: complaint\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: COMPLAINT_FILED, complaintId: C1, kind: LATE_SHIPMENT, deadlineIn: PT48H, deliveries: 2}
            expect: {outcome: WAITING, platformActions: [REJECT_COMPLAINT]}
            """);

        ScenarioResult result = runner.run(s, IDS);

        JsonNode filed = system.body("POST /sb/sandbox/platforms/taobao/complaints");
        assertThat(filed.toString()).isEqualTo("{\"shopId\":\"s1-tok123\",\"orderId\":\"O1-tok123\","
                + "\"complaintId\":\"C1-tok123\",\"kind\":\"LATE_SHIPMENT\",\"deadlineIn\":\"PT48H\",\"orderPaidFen\":59900,"
                + "\"deliveries\":2}");
        assertThat(system.log()).contains("GET /refund-service/api/cases/TAOBAO:s1-tok123:C1-tok123",
                "GET /sb/sandbox/platforms/taobao/complaints/C1-tok123",
                "GET /notifications/api/tasks?caseId=TAOBAO:s1-tok123:C1-tok123");
        assertThat(result.failures()).containsExactly(
                "outcome: expected WAITING, but refund-service has no case for C1 (platform: status OPEN, saw [])",
                "platformActions: expected [REJECT_COMPLAINT] in order, platform saw [] (no case in refund-service)");
    }

    @Test
    void theBuyerWritesInTheChatOfTheLatestRefundOfItsOrder() {
        Scenario s = scenario("name: buyer\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 100}
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R2, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 100}
              - at: PT1H
                buyer: {says: NOT_RECEIVED, photos: true}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();
        assertThat(system.body("POST /sb/sandbox/platforms/taobao/refunds/R2-tok123/buyer-messages").toString())
                .isEqualTo("{\"says\":\"NOT_RECEIVED\",\"photos\":true}");
    }

    @Test
    void aBuyerStepWithoutOneRefundToWriteAboutIsAProblemOfTheScenario() {
        Scenario none = scenario("name: no refund yet\n" + ORDER + """
            steps:
              - at: PT0S
                buyer: {says: RECEIVED}
            expect: {}
            """);
        Scenario ambiguous = scenario("""
            name: two orders
            orders:
              - {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
              - {platform: TAOBAO, shopId: s1, orderId: O2, paidFen: 100, fulfilment: SHIPPED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, orderId: O1, refundId: R1, type: REFUND_ONLY, reason: OTHER, amountFen: 100}
              - at: PT0S
                platform: {event: REFUND_REQUESTED, orderId: O2, refundId: R2, type: REFUND_ONLY, reason: OTHER, amountFen: 100}
              - at: PT1H
                buyer: {says: RECEIVED}
              - at: PT1H
                warehouse: {event: VOID_FAILED}
            expect: {}
            """);

        assertThat(runner.run(none, IDS).detail()).isEqualTo("steps[0].buyer: no refund is raised before this step, so "
                + "the buyer has no refund chat to write in");
        assertThat(runner.run(ambiguous, IDS).failures()).containsExactly(
                "steps[2].buyer: refunds are raised on several orders before this step (O1, O2): which refund the buyer "
                        + "writes about is ambiguous",
                "steps[3].warehouse: the scenario has 2 orders (O1, O2): which order the warehouse reports on is ambiguous");
        assertThat(system.log()).isEmpty();
    }

    @Test
    void theWarehouseWillFailToVoid() {
        Scenario s = scenario("name: void fails\n" + ORDER + """
            steps:
              - at: PT0S
                warehouse: {event: VOID_FAILED}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();
        assertThat(system.body("POST /sb/sandbox/erp/orders/O1-tok123/events").toString())
                .isEqualTo("{\"event\":\"VOID_FAILED\"}");
    }

    @Test
    void anAgentRefusesOrNegotiatesOnTheOpenTaskOfTheScenariosCases() {
        system.openTasks.put("TAOBAO:s1-tok123:R1-tok123", new ArrayList<>(List.of("task-1", "task-2")));
        Scenario s = scenario("name: agent\n" + ORDER + """
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 100}
              - at: PT1H
                agent: {action: NEGOTIATE, amountFen: 5000}
              - at: PT2H
                agent: {action: REFUSE}
              - at: PT3H
                agent: {action: APPROVE}
            expect: {}
            """);

        ScenarioResult result = runner.run(s, IDS);

        assertThat(system.body("POST /notifications/api/tasks/task-1/actions").toString())
                .isEqualTo("{\"action\":\"NEGOTIATE\",\"amountFen\":5000,\"agent\":\"scenario-agent\"}");
        assertThat(system.body("POST /notifications/api/tasks/task-2/actions").toString())
                .isEqualTo("{\"action\":\"REFUSE\",\"agent\":\"scenario-agent\"}");
        assertThat(result.detail()).isEqualTo("steps[3] (at PT3H, agent APPROVE): no open agent task to act on");
    }

    @Test
    void aRestartStepRestartsTheServicesThenWaitsForTheirConsumersAndSettles() {
        Scenario s = scenario("name: restart\n" + ORDER + """
            steps:
              - at: PT1H
                system: {restart: refund-service}
              - at: PT2H
                system: {restart: all}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).failures()).isEmpty();

        assertThat(system.log().stream().filter(l -> !l.startsWith("GET ") && !l.startsWith("PUT ")).toList())
                .containsExactly(
                        "clock 2030-01-01T00:00:00Z",
                        "clock 2030-01-01T01:00:00Z",
                        "settle",
                        "restart refund-service",
                        "consumers ready",
                        "settle",
                        "clock 2030-01-01T02:00:00Z",
                        "settle",
                        "restart platform-adapter,refund-service,warehouse-service,logistics-service,notification-service",
                        "consumers ready",
                        "settle");
    }

    @Test
    void aFailedRestartFailsTheScenario() {
        system.restartFailure = new IllegalStateException("port 8082 is taken");
        Scenario s = scenario("name: restart\n" + ORDER + """
            steps:
              - at: PT1H
                system: {restart: logistics-service}
            expect: {}
            """);

        assertThat(runner.run(s, IDS).detail()).isEqualTo("steps[0] (at PT1H, system restart logistics-service): the "
                + "restart failed: port 8082 is taken");
    }

    @Test
    void aDecisionWithoutFactsOrActionsBreaksG7() {
        system.reacts = true;
        system.unexplained = true;

        ScenarioResult result = runner.run(parser.parse(ScenarioRunnerTest.NS1), IDS);

        assertThat(result.failures()).containsExactly("invariant G-7: case TAOBAO:shop-ns1:R-NS1-1 decision 1 of 2 "
                + "(NS-1 at 2026-11-10T13:30:00Z) has no facts, no actions: every decision names its rule, the facts it "
                + "used and the actions it chose");
    }
}
