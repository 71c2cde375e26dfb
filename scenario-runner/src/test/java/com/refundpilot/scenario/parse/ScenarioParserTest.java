package com.refundpilot.scenario.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.refundpilot.scenario.model.Address;
import com.refundpilot.scenario.model.AgentAction;
import com.refundpilot.scenario.model.AgentStep;
import com.refundpilot.scenario.model.BuyerSays;
import com.refundpilot.scenario.model.BuyerStep;
import com.refundpilot.scenario.model.ClockStep;
import com.refundpilot.scenario.model.ComplaintKind;
import com.refundpilot.scenario.model.CourierAction;
import com.refundpilot.scenario.model.CourierStep;
import com.refundpilot.scenario.model.Expectation;
import com.refundpilot.scenario.model.Expectations;
import com.refundpilot.scenario.model.Fulfilment;
import com.refundpilot.scenario.model.Item;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.Outcome;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.PlatformAction;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.PolicyOverrides;
import com.refundpilot.scenario.model.Reason;
import com.refundpilot.scenario.model.RefundOn;
import com.refundpilot.scenario.model.RequestType;
import com.refundpilot.scenario.model.RuleFamily;
import com.refundpilot.scenario.model.RuleId;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.model.Shipment;
import com.refundpilot.scenario.model.SystemStep;
import com.refundpilot.scenario.model.TrackingEvent;
import com.refundpilot.scenario.model.Verdict;
import com.refundpilot.scenario.model.WarehouseAction;
import com.refundpilot.scenario.model.WarehouseEvent;
import com.refundpilot.scenario.model.WarehouseStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {

    static final Path VALID = Path.of("src/test/resources/scenarios/valid");
    static final Path MALFORMED = Path.of("src/test/resources/scenarios/malformed");
    /** The project's public scenario library, relative to this module. */
    static final Path PUBLIC_SCENARIOS = Path.of("../scenarios");

    final ScenarioParser parser = new ScenarioParser();

    @Test
    void fullExampleOfTheFormatPageParsesIntoRecords() {
        Scenario s = parser.parse(VALID.resolve("full-example.yaml"));

        assertThat(s.name()).isEqualTo("RS-2 high value, intercept succeeds");
        assertThat(s.source()).isEqualTo(VALID.resolve("full-example.yaml"));
        assertThat(s.policy()).isEqualTo(new PolicyOverrides(20000L, Duration.ofHours(24), Duration.ofHours(2),
                RefundOn.INTERCEPT_CONFIRMED, LocalTime.of(9, 0), null));
        assertThat(s.policy().effectiveReturnAddress()).isEqualTo(new Address("浙江", "杭州"));
        assertThat(s.start()).contains(Instant.parse("2026-11-11T02:00:00Z"));

        assertThat(s.orders()).hasSize(1);
        Order o = s.orders().get(0);
        assertThat(o.platform()).isEqualTo(Platform.TAOBAO);
        assertThat(o.shopId()).isEqualTo("shop-1");
        assertThat(o.orderId()).isEqualTo("T1001");
        assertThat(o.paidFen()).isEqualTo(59900L);
        assertThat(o.quantity()).isEqualTo(1);
        assertThat(o.item()).isEqualTo(new Item("SHOE-BLK-42", "小白鞋", "black", "42", false, false, false, Map.of()));
        assertThat(o.fulfilment()).isEqualTo(Fulfilment.SHIPPED);
        assertThat(o.forceShip()).isFalse();
        assertThat(o.shipment()).isEqualTo(new Shipment("ZTO", "ZT0001", TrackingEvent.IN_TRANSIT, Duration.ofHours(3)));
        assertThat(o.buyer()).isEqualTo(new Address("浙江", "杭州"));
        assertThat(o.promisedShipBy()).isNull();
        assertThat(o.shippedAt()).isNull();

        assertThat(s.steps()).hasSize(2);
        assertThat(s.steps().get(0)).isEqualTo(new PlatformStep(Duration.ZERO, PlatformEvent.REFUND_REQUESTED, "T1001",
                "R1", null, RequestType.REFUND_ONLY, Reason.NOT_WANTED, 59900L, 1, Duration.ofHours(72), null, null, null,
                null, null, 1));
        assertThat(s.steps().get(1))
                .isEqualTo(new CourierStep(Duration.ofHours(2), TrackingEvent.INTERCEPT_SUCCEEDED, "ZT0001", null));
        assertThat(s.caseIds()).containsExactly("R1");

        Expectation e = assertThat(s.expectations()).asInstanceOf(type(Expectations.Whole.class)).actual().expectation();
        assertThat(e.outcome()).isEqualTo(Outcome.REFUNDED);
        assertThat(e.refundedFen()).isEqualTo(59900L);
        assertThat(e.rules()).containsExactly(RuleId.parse("RS-2"), RuleId.parse("RS-3"));
        assertThat(e.rules().get(0)).isEqualTo(new RuleId(RuleFamily.RS, "2"));
        assertThat(e.forbidRules()).extracting(RuleId::toString).containsExactly("RS-1");
        assertThat(e.platformActions()).containsExactly(PlatformAction.AGREE_REFUND);
        assertThat(e.courierActions()).containsExactly(CourierAction.INTERCEPT);
        assertThat(e.warehouseActions()).isEmpty();
        assertThat(e.forbid()).containsExactly(PlatformAction.REFUSE);
        assertThat(e.buyerMessages()).isEqualTo(1);
        assertThat(e.agentTasks()).isZero();
        assertThat(e.autoRefundedByPlatform()).isFalse();
        assertThat(e.state()).isNull();
        assertThat(s.expectationFor("R1")).contains(e);
    }

    @Test
    void severalOrdersAndRefundsWithPerCaseExpectations() {
        Scenario s = parser.parse(VALID.resolve("multi-order-multi-refund.yaml"));

        assertThat(s.policy().highValueThresholdFen()).isEqualTo(30000L);
        assertThat(s.policy().effectiveDecisionMargin()).isEqualTo(Duration.ofHours(24));
        assertThat(s.policy().effectiveReturnAddress()).isEqualTo(new Address("广东", "广州"));
        assertThat(s.start()).contains(Instant.parse("2026-06-18T08:00:00Z"));
        assertThat(s.orders()).extracting(Order::orderId).containsExactly("260618000001", "260618000002");
        Order first = s.orders().get(0);
        assertThat(first.quantity()).isEqualTo(2);
        assertThat(first.item().size()).as("unquoted size stays text").isEqualTo("42");
        assertThat(first.item().extra()).containsEntry("material", "陶瓷").containsEntry("tags", List.of("gift", "fragile"));
        assertThat(first.promisedShipBy()).isEqualTo(Instant.parse("2026-06-17T15:59:59Z"));
        Order second = s.orders().get(1);
        assertThat(second.quantity()).isEqualTo(1);
        assertThat(second.item()).isEqualTo(Item.NONE);
        assertThat(second.shipment().lastMovementAgo()).isEqualTo(Duration.ofDays(3));
        assertThat(second.buyer()).isEqualTo(new Address("新疆", "乌鲁木齐"));

        assertThat(s.steps()).hasSize(10);
        PlatformStep complaint = (PlatformStep) s.steps().get(2);
        assertThat(complaint.complaintId()).isEqualTo("C1");
        assertThat(complaint.kind()).isEqualTo(ComplaintKind.LATE_SHIPMENT);
        assertThat(complaint.caseId()).isEqualTo("C1");
        assertThat(((PlatformStep) s.steps().get(3)).orderId()).as("unquoted numeric order ID").isEqualTo("260618000002");
        assertThat(s.steps().get(4)).isEqualTo(new BuyerStep(Duration.ofHours(1), BuyerSays.WANTS_RESHIP, true));
        assertThat(s.steps().get(5)).isEqualTo(new WarehouseStep(Duration.ofHours(2), WarehouseEvent.VOID_FAILED,
                null, null, null, null, null));
        assertThat(s.steps().get(6)).isEqualTo(new AgentStep(Duration.ofHours(3), AgentAction.NEGOTIATE, 5000L));
        assertThat(((PlatformStep) s.steps().get(8)).verdictFor()).isEqualTo(Verdict.BUYER);
        assertThat(s.steps().get(9)).isEqualTo(new ClockStep(Duration.ofDays(2)));
        assertThat(s.caseIds()).containsExactly("R1", "R2", "C1", "R3");

        Map<String, Expectation> byCase =
                assertThat(s.expectations()).asInstanceOf(type(Expectations.PerCase.class)).actual().byCaseId();
        assertThat(byCase).containsOnlyKeys("R1", "R2", "C1", "R3");
        assertThat(byCase.get("R1").rules()).extracting(RuleId::toString).containsExactly("NS-2", "NS-REASON");
        assertThat(byCase.get("R1").warehouseActions())
                .containsExactly(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER);
        assertThat(byCase.get("R2").outcome()).isEqualTo(Outcome.WAITING);
        assertThat(byCase.get("R2").state()).isEqualTo("ESCALATED");
        assertThat(byCase.get("R2").forbid())
                .containsExactly(PlatformAction.AGREE_REFUND, PlatformAction.AGREE_PARTIAL_REFUND);
        assertThat(byCase.get("R2").refundedFen()).as("left out: not checked").isNull();
        assertThat(byCase.get("C1").outcome()).isEqualTo(Outcome.CLOSED_BY_PLATFORM);
        assertThat(byCase.get("R3").rules()).extracting(RuleId::toString).containsExactly("RS-9", "CL");
        assertThat(byCase.get("R3").forbid()).containsExactly(CourierAction.INTERCEPT);
        assertThat(s.expectationFor("R3")).contains(byCase.get("R3"));
        assertThat(s.expectationFor("R9")).isEmpty();
    }

    @Test
    void duplicateDeliveryStep() {
        Scenario s = parser.parse(VALID.resolve("duplicate-delivery.yaml"));

        PlatformStep shipped = (PlatformStep) s.steps().get(1);
        assertThat(shipped.event()).isEqualTo(PlatformEvent.RETURN_SHIPPED);
        assertThat(shipped.deliveries()).isEqualTo(2);
        assertThat(shipped.orderId()).as("filled in from the only order").isEqualTo("DY-77");
        assertThat(shipped.carrier()).isEqualTo("SF");
        assertThat(shipped.trackingNo()).isEqualTo("SF200");
        assertThat(shipped.deadlineIn()).isEqualTo(Duration.ofDays(7));
        assertThat(((PlatformStep) s.steps().get(0)).deliveries()).as("default").isEqualTo(1);
        assertThat(s.steps().get(2))
                .isEqualTo(new CourierStep(Duration.ofHours(5), TrackingEvent.COLLECTED, "SF200", new Address("广东", "深圳")));
        assertThat(s.start()).as("default now: left to the runner").isEmpty();
        assertThat(s.policy()).isEqualTo(PolicyOverrides.NONE);
    }

    @Test
    void jsonFile() {
        Scenario s = parser.parse(VALID.resolve("nested/deeper/complaint.json"));

        assertThat(s.name()).isEqualTo("CP-1 late-shipment complaint, not overdue");
        Order o = s.orders().get(0);
        assertThat(o.platform()).isEqualTo(Platform.TMALL);
        assertThat(o.item().size()).isEqualTo("42");
        assertThat(o.item().customMade()).isTrue();
        assertThat(o.item().productionStarted()).isTrue();
        assertThat(o.item().extra()).isEqualTo(Map.of("lining", "silk"));
        assertThat(o.shippedAt()).isEqualTo(Instant.parse("2026-02-28T08:30:00Z"));
        PlatformStep intervened = (PlatformStep) s.steps().get(1);
        assertThat(intervened.event()).isEqualTo(PlatformEvent.PLATFORM_INTERVENED);
        assertThat(intervened.complaintId()).isEqualTo("C-9");
        assertThat(intervened.refundId()).isNull();
        assertThat(intervened.evidenceDeadlineIn()).isEqualTo(Duration.ofHours(12));
        assertThat(s.steps().get(2)).isEqualTo(
                new CourierStep(Duration.ofHours(1), TrackingEvent.SIGNED, null, new Address("上海", "上海")));
        assertThat(s.steps().get(3)).isEqualTo(new WarehouseStep(Duration.ofHours(2), WarehouseEvent.PARCEL_WEIGHT,
                null, null, null, 310L, 620L));
        assertThat(s.steps().get(4)).isEqualTo(new AgentStep(Duration.ofHours(3), AgentAction.REFUSE, null));
        assertThat(s.caseIds()).containsExactly("C-9");
        Expectation e = ((Expectations.Whole) s.expectations()).expectation();
        assertThat(e.outcome()).isEqualTo(Outcome.WAITING);
        assertThat(e.state()).isEqualTo("AWAITING_VERDICT");
        assertThat(e.rules()).extracting(RuleId::toString).containsExactly("CP-1", "CP-3", "DL-2");
        assertThat(e.forbid()).containsExactly(PlatformAction.COMPENSATE, PlatformAction.ACCEPT_COMPLAINT);
    }

    @Test
    void folderExpandsRecursivelySortedAndOnlyScenarioExtensions() {
        List<Path> files = ScenarioParser.expand(List.of(VALID));
        assertThat(files).containsExactly(
                VALID.resolve("duplicate-delivery.yaml"),
                VALID.resolve("full-example.yaml"),
                VALID.resolve("multi-order-multi-refund.yaml"),
                VALID.resolve("nested/deeper/complaint.json"));

        List<Scenario> all = parser.parseAll(List.of(VALID, VALID.resolve("full-example.yaml")));
        assertThat(all).extracting(Scenario::source).as("a file reached twice is read once").isEqualTo(files);
    }

    @Test
    void parseAllReportsEveryMalformedFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: a\n");
        Files.writeString(dir.resolve("b.yml"), "name: b\nsteps: []\n");
        Files.writeString(dir.resolve("c.txt"), "ignored");
        assertThatThrownBy(() -> parser.parseAll(List.of(dir)))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("a.yaml"));
                    assertThat(e.key()).isEqualTo("order");
                    assertThat(e.getSuppressed()).hasSize(1);
                    assertThat(((ScenarioFormatException) e.getSuppressed()[0]).file()).isEqualTo(dir.resolve("b.yml"));
                });
    }

    @Test
    void missingPathsAndOtherExtensionsAreRejected(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> parser.parseAll(List.of(missing)))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("$");
                    assertThat(e.getMessage()).isEqualTo(missing + ": $: no such file or folder");
                });
        Path txt = Files.writeString(dir.resolve("x.txt"), "name: x");
        assertThatThrownBy(() -> parser.parse(txt))
                .isInstanceOfSatisfying(ScenarioFormatException.class,
                        e -> assertThat(e.problem()).startsWith("not a scenario file"));
    }

    @Test
    void everyPublicScenarioParses() {
        List<Path> files = ScenarioParser.expand(List.of(PUBLIC_SCENARIOS));
        assertThat(files).contains(
                PUBLIC_SCENARIOS.resolve("not-shipped/NS-1-not-allocated-not-audited.yaml"),
                PUBLIC_SCENARIOS.resolve("not-shipped/NS-1-duplicate-webhook.yaml"));
        assertThat(parser.parseAll(List.of(PUBLIC_SCENARIOS))).hasSameSizeAs(files);
    }

    @Test
    void publicNs1ScenarioAndItsDuplicateWebhookVariant() {
        Scenario ns1 = parser.parse(PUBLIC_SCENARIOS.resolve("not-shipped/NS-1-not-allocated-not-audited.yaml"));
        Scenario dup = parser.parse(PUBLIC_SCENARIOS.resolve("not-shipped/NS-1-duplicate-webhook.yaml"));

        for (Scenario s : List.of(ns1, dup)) {
            Order o = s.orders().get(0);
            assertThat(o.platform()).isEqualTo(Platform.TAOBAO);
            assertThat(o.fulfilment()).isEqualTo(Fulfilment.NOT_ALLOCATED_NOT_AUDITED);
            PlatformStep request = (PlatformStep) s.steps().get(0);
            assertThat(request.event()).isEqualTo(PlatformEvent.REFUND_REQUESTED);
            assertThat(request.type()).isEqualTo(RequestType.REFUND_ONLY);
            assertThat(request.reason()).isEqualTo(Reason.NOT_WANTED);
            assertThat(request.amountFen()).isEqualTo(o.paidFen());
            assertThat(request.deadlineIn()).isEqualTo(Duration.ofHours(72));
            Expectation e = ((Expectations.Whole) s.expectations()).expectation();
            assertThat(e.outcome()).isEqualTo(Outcome.REFUNDED);
            assertThat(e.refundedFen()).isEqualTo(o.paidFen());
            assertThat(e.rules()).containsExactly(RuleId.parse("NS-1"), RuleId.parse("NS-RETAIN"));
            assertThat(e.warehouseActions()).containsExactly(WarehouseAction.CANCEL_ORDER);
            assertThat(e.platformActions()).containsExactly(PlatformAction.AGREE_REFUND);
            assertThat(e.forbid()).containsExactly(PlatformAction.REFUSE);
            assertThat(e.buyerMessages()).isEqualTo(1);
            assertThat(e.agentTasks()).isZero();
            assertThat(e.autoRefundedByPlatform()).isFalse();
        }
        assertThat(((PlatformStep) ns1.steps().get(0)).deliveries()).isEqualTo(1);
        assertThat(((PlatformStep) dup.steps().get(0)).deliveries()).isEqualTo(3);
        assertThat(dup.expectations()).isEqualTo(ns1.expectations());
    }

    @Test
    void aSystemStepRestartsOneServiceOrAllOfThem() {
        Scenario s = parser.parse(Path.of("r.yaml"), """
            name: restart
            order: {platform: TAOBAO, shopId: s, orderId: o, paidFen: 1, fulfilment: SHIPPED}
            steps:
              - at: PT1H
                system: {restart: refund-service}
              - at: PT2H
                system: {restart: all}
            expect: {}
            """);

        assertThat(s.steps()).containsExactly(new SystemStep(Duration.ofHours(1), "refund-service"),
                new SystemStep(Duration.ofHours(2), "all"));
        assertThat(((SystemStep) s.steps().get(0)).services()).containsExactly("refund-service");
        assertThat(((SystemStep) s.steps().get(1)).services()).containsExactly("platform-adapter", "refund-service",
                "warehouse-service", "logistics-service", "notification-service");
        assertThatThrownBy(() -> parser.parse(Path.of("r.yaml"), """
            name: restart
            order: {platform: TAOBAO, shopId: s, orderId: o, paidFen: 1, fulfilment: SHIPPED}
            steps:
              - at: PT1H
                system: {restart: refund-servce}
            expect: {}
            """)).isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("steps[0].system.restart");
                    assertThat(e.problem()).endsWith("; did you mean refund-service?");
                });
    }

    @Test
    void sizeIsTextWhetherQuotedOrNot() {
        String template = """
            name: size
            order: {platform: GENERIC, shopId: s, orderId: o, paidFen: 1, fulfilment: SHIPPED, item: {size: %s, color: 1}}
            steps: [{at: PT0S}]
            expect: {}
            """;
        assertThat(parser.parse(Path.of("q.yaml"), template.formatted("\"42\"")).orders().get(0).item().size())
                .isEqualTo("42");
        Item unquoted = parser.parse(Path.of("u.yaml"), template.formatted("42")).orders().get(0).item();
        assertThat(unquoted.size()).isEqualTo("42");
        assertThat(unquoted.color()).isEqualTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        unknown-platform-event.yaml   | steps[1].platform.event        | unknown value 'REFUND_REQUESTD' (expected one of REFUND_REQUESTED, REFUND_MODIFIED, RETURN_SHIPPED,
        missing-name.yaml             | name                           | missing required key
        missing-steps.yaml            | steps                          | missing required key
        missing-expect.yaml           | expect                         | missing required key
        misspelt-top-key.yaml         | expects                        | unknown key (expected one of name, policy, start, order, orders, steps, expect); did you mean expect?
        unknown-shipment-key.yaml     | order.shipment.trackNo         | unknown key (expected one of carrier, trackingNo, status, lastMovementAgo); did you mean trackingNo?
        amount-as-string.yaml         | order.paidFen                  | expected a whole number of fen, got a string ('59900')
        negative-amount.yaml          | steps[0].platform.amountFen    | must not be negative (got -100)
        bad-duration.yaml             | steps[0].platform.deadlineIn   | '72h' is not an ISO-8601 duration
        bad-start.yaml                | start                          | '2026-11-11 10:00' is not an instant with offset
        start-without-offset.yaml     | start                          | '2026-11-11T10:00:00' has no UTC offset
        at-decreasing.yaml            | steps[3].at                    | PT1H30M is earlier than the previous step (PT2H): steps must be in time order
        two-actors.yaml               | steps[1]                       | more than one actor (courier, buyer)
        bad-fulfilment.yaml           | order.fulfilment               | unknown value 'SHIPED' (expected one of NOT_ALLOCATED_NOT_AUDITED, NOT_ALLOCATED_AUDITED, ALLOCATED_AUDITED, SHIPPED_NOT_SYNCED, SHIPPED); did you mean SHIPPED?
        zero-quantity.yaml            | order.quantity                 | must be at least 1 (got 0)
        zero-deliveries.yaml          | steps[0].platform.deliveries   | must be at least 1 (got 0)
        unknown-rule-family.yaml      | expect.rules[1]                | unknown rule family 'XX' in 'XX-1'
        boolean-as-string.yaml        | expect.autoRefundedByPlatform  | expected true or false, got a string ('false')
        unknown-forbidden-action.yaml | expect.forbid[1]               | unknown value 'INTERCEPT_WAREHOUSE'
        bad-cutoff.yaml               | policy.labelPrintCutoff        | '9am' is not a time of day "HH:mm"
        key-of-another-event.yaml     | steps[0].platform.kind         | not allowed for event REFUND_REQUESTED
        refund-not-raised.yaml        | steps[1].platform.refundId     | no earlier REFUND_REQUESTED step raises refund 'R2' (raised so far: R1)
        expect-unknown-refund.yaml    | expect.R3                      | no step raises a refund or complaint 'R3' (raised: R1)
        expect-block-unknown-key.yaml | expect.R1.outcom               | unknown key (expected one of outcome,
        expect-mixed.yaml             | expect.R1                      | expect mixes expectation keys and per-case blocks
        duplicate-key.yaml            | order.platform                 | duplicate key
        flat-expect-two-refunds.yaml  | expect                         | the steps raise several refunds/complaints (R1, R2): map each ID to its own block
        state-without-waiting.yaml    | expect.state                   | a waiting state goes with outcome WAITING, not REFUNDED
        missing-amount.yaml           | steps[0].platform.amountFen    | missing required key (a REFUND_ONLY request names its amount)
        orders-missing-order-id.yaml  | steps[1].platform.orderId      | missing required key (the scenario has several orders (J1, J2), so a platform step names its order)
        orders-unknown-order-id.yaml  | steps[1].platform.orderId      | unknown order 'J3' (the scenario's orders: J1, J2)
        both-order-and-orders.yaml    | orders                         | give either order (one order) or orders (a list), not both
        syntax-error.json             | steps[1]                       | invalid JSON: Unexpected character ('"' (code 34)): was expecting comma to separate Array entries (line 5, column 3)
        empty.yaml                    | $                              | empty file
        two-documents.yaml            | $                              | more than one document: a file holds exactly one scenario
        bad-yaml.yaml                 | order                          | invalid YAML: while parsing a block mapping: expected <block end>, but found '<block mapping start>' (line 4, column 2)
        order-as-list.yaml            | order                          | expected a mapping, got a list (several orders go under orders:)
        null-actor.yaml               | steps[0].platform              | missing value: expected a mapping
        json-bad-type.json            | steps[1].at                    | expected an ISO-8601 duration such as PT72H or P3D, got a number (3600)
        restart-unknown-service.yaml  | steps[1].system.restart        | unknown service 'nosuch' (expected one of platform-adapter, refund-service, warehouse-service, logistics-service, notification-service, all)
        restart-sandbox.yaml          | steps[1].system.restart        | the sandbox is the outside world (platforms, courier, ERP), not a service of the system; unknown service 'sandbox'
        restart-unknown-key.yaml      | steps[1].system.after          | unknown key (expected one of restart)
        report-unknown-key.yaml       | expect.report.refund           | unknown key (expected one of date, shopId, platform, requests, requestedFen, refunds,
        report-rate-above-one.yaml    | expect.report.autoApprovalRate | a rate is from 0 to 1 (got 100)
        report-count-as-string.yaml   | expect.report.refunds          | expected a whole number, got a string ('1')
        report-bad-date.yaml          | expect.report.date             | '11/11/2026' is not a date (e.g. 2026-11-11)
        report-several-shops.yaml     | expect.report                  | the scenario has several shops (shop-1, shop-2): name the report's shop with shopId
        report-in-a-case-block.yaml   | expect.R1.report               | the daily report is per shop, not per case: put report: at the top level of expect
        report-unknown-shop.yaml      | expect.report.shopId           | unknown shop 'shop-l' (the scenario's shops: shop-1); did you mean shop-1?
        report-empty.yaml             | expect.report                  | nothing to check: give at least one figure (requests, requestedFen,
        report-supervisor-message-as-string.yaml | expect.report.supervisorMessage | expected true or false, got a string ('true')
        """)
    void malformedFileIsRejectedWithFileKeyAndProblem(String fileName, String key, String problem) {
        Path file = MALFORMED.resolve(fileName);
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.problem()).startsWith(problem);
                    assertThat(e.getMessage()).isEqualTo(file + ": " + key + ": " + e.problem());
                });
    }

    @Test
    void everyMalformedFixtureIsCoveredAndRejected() {
        List<Path> files = ScenarioParser.expand(List.of(MALFORMED));
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        for (Path file : files) {
            assertThatThrownBy(() -> parser.parse(file)).as(file.toString()).isInstanceOf(ScenarioFormatException.class);
        }
    }
}
