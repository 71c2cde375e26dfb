package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Expectations;
import com.refundpilot.scenario.parse.ScenarioParser;
import com.refundpilot.scenario.run.Observation.ActionSeen;
import com.refundpilot.scenario.run.Observation.CaseSeen;
import com.refundpilot.scenario.run.Observation.DecisionSeen;
import com.refundpilot.scenario.run.Observation.OrderSeen;
import com.refundpilot.scenario.run.Observation.PlatformActionSeen;
import com.refundpilot.scenario.run.Observation.PlatformRefundSeen;
import com.refundpilot.scenario.run.Observation.RefundSeen;
import com.refundpilot.scenario.run.Observation.TasksSeen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The expectation checker and the invariants, on fabricated observations. */
class ExpectationCheckerTest {

    static final ScenarioParser PARSER = new ScenarioParser();

    // ------------------------------------------------------------------ fixtures

    /** {@code expect: {<block>}} of a one-order, one-refund (R1 on O1, paid 12900) scenario. */
    static Expectations expect(String block) {
        return PARSER.parse(Path.of("t.yaml"), """
            name: t
            order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 12900, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 12900}
            expect: {%s}
            """.formatted(block)).expectations();
    }

    /** {@code expect: {<block>}} of a scenario with refunds R1 and R2 on O1 (paid 12900). */
    static Expectations expectTwo(String block) {
        return PARSER.parse(Path.of("t.yaml"), """
            name: t
            order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 12900, fulfilment: SHIPPED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 9000}
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R2, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 9000}
            expect: {%s}
            """.formatted(block)).expectations();
    }

    static CaseSeen closed(String outcome, long refundedFen, String... rules) {
        return new CaseSeen("TAOBAO:s:R1", "CLOSED", outcome, refundedFen, List.of(rules));
    }

    static CaseSeen open(String state, String... rules) {
        return new CaseSeen("TAOBAO:s:R1", state, null, 0, List.of(rules));
    }

    static PlatformRefundSeen platform(long refundedFen, int messages, PlatformActionSeen... actions) {
        boolean auto = Arrays.stream(actions).anyMatch(a -> a.action().equals("AUTO_REFUND"));
        return new PlatformRefundSeen(refundedFen > 0 ? "SUCCESS" : "WAIT_SELLER_AGREE", auto, refundedFen,
                List.of(actions), messages);
    }

    static PlatformActionSeen act(String action, long amountFen) {
        return new PlatformActionSeen(action, amountFen);
    }

    static PlatformActionSeen act(String action) {
        return new PlatformActionSeen(action, 0);
    }

    static ActionSeen refused(String action, String error) {
        return new ActionSeen(action, false, error);
    }

    static List<ActionSeen> calls(String... actions) {
        return Arrays.stream(actions).map(ActionSeen::ok).toList();
    }

    /** An observation builder: order O1 (paid 12900), refund R1 on it. */
    static final class Seen {
        long paidFen = 12900;
        List<ActionSeen> erp = new ArrayList<>();
        Map<String, List<ActionSeen>> courier = new LinkedHashMap<>();
        List<RefundSeen> refunds = new ArrayList<>();
        List<OrderSeen> otherOrders = new ArrayList<>();

        static Seen refund(CaseSeen kase, PlatformRefundSeen platform) {
            return new Seen().plus("R1", kase, platform, TasksSeen.none());
        }

        Seen plus(String refundId, CaseSeen kase, PlatformRefundSeen platform, TasksSeen tasks) {
            refunds.add(new RefundSeen(refundId, "O1", kase, platform, tasks));
            return this;
        }

        Seen tasks(TasksSeen tasks) {
            RefundSeen r = refunds.remove(0);
            refunds.add(0, new RefundSeen(r.refundId(), r.orderId(), r.kase(), r.platform(), tasks));
            return this;
        }

        Seen erp(ActionSeen... actions) {
            erp.addAll(List.of(actions));
            return this;
        }

        Seen courier(String trackingNo, ActionSeen... actions) {
            courier.computeIfAbsent(trackingNo, k -> new ArrayList<>()).addAll(List.of(actions));
            return this;
        }

        Observation build() {
            List<OrderSeen> orders = new ArrayList<>();
            orders.add(new OrderSeen("O1", paidFen, erp, courier));
            orders.addAll(otherOrders);
            return new Observation(orders, refunds);
        }
    }

    static final CaseSeen NS1_CASE = closed("REFUNDED", 12900, "NS-1", "NS-RETAIN");
    static final PlatformRefundSeen NS1_PLATFORM = platform(12900, 1, act("AGREE_REFUND", 12900));

    static List<String> check(Expectations e, Seen seen) {
        return ExpectationChecker.check(e, seen.build());
    }

    // ------------------------------------------------------------------ tests

    @Test
    void theNs1StoryMeetsEveryExpectation() {
        Expectations e = expect("""
            outcome: REFUNDED, refundedFen: 12900, rules: [NS-1], forbidRules: [NS-2], platformActions: [AGREE_REFUND],
            courierActions: [], warehouseActions: [CANCEL_ORDER], forbid: [REFUSE, UNAUDIT, INTERCEPT], buyerMessages: 1,
            agentTasks: 0, autoRefundedByPlatform: false""");

        assertThat(check(e, Seen.refund(NS1_CASE, NS1_PLATFORM).erp(ActionSeen.ok("CANCEL_ORDER")))).isEmpty();
    }

    @Test
    void anEmptyExpectationChecksOnlyTheInvariants() {
        assertThat(check(expect(""), Seen.refund(null, null))).isEmpty();
    }

    @Nested
    class Outcome {

        @Test
        void noCaseAtAll() {
            assertThat(check(expect("outcome: REFUNDED"), Seen.refund(null, platform(0, 0))))
                    .containsExactly("outcome: expected REFUNDED, but refund-service has no case for R1 "
                            + "(platform: status WAIT_SELLER_AGREE, saw [])");
        }

        @Test
        void anotherTerminalOutcome() {
            assertThat(check(expect("outcome: REFUNDED"), Seen.refund(closed("REFUSED", 0, "RS-9"), platform(0, 0))))
                    .containsExactly("outcome: expected REFUNDED, case closed as REFUSED (rules fired: [RS-9])");
        }

        @Test
        void anExchangeOrAReshipEndsAsItsOwnOutcomeWithNothingRefunded() {
            Seen exchanged = Seen.refund(closed("EXCHANGED", 0, "RR-6", "EX-1"), platform(0, 1));

            assertThat(check(expect("outcome: EXCHANGED, refundedFen: 0, rules: [EX-1]"), exchanged)).isEmpty();
            assertThat(check(expect("outcome: RESHIPPED"), exchanged))
                    .containsExactly("outcome: expected RESHIPPED, case closed as EXCHANGED (rules fired: [RR-6, EX-1])");
            assertThat(check(expect("outcome: RESHIPPED"), Seen.refund(closed("RESHIPPED", 0, "RE-1"), platform(0, 0))))
                    .isEmpty();
        }

        @Test
        void stillOpen() {
            assertThat(check(expect("outcome: REFUNDED"), Seen.refund(open("ESCALATED", "NS-5"), platform(0, 0))))
                    .containsExactly("outcome: expected REFUNDED, case is still open in ESCALATED (rules fired: [NS-5])");
        }

        @Test
        void waitingHoldsWhileTheCaseIsOpenAndStateIsComparedToTheCaseState() {
            Seen seen = Seen.refund(open("ESCALATED", "NS-5"), platform(0, 0));

            assertThat(check(expect("outcome: WAITING"), seen)).isEmpty();
            assertThat(check(expect("outcome: WAITING, state: ESCALATED"), seen)).isEmpty();
            assertThat(check(expect("outcome: WAITING, state: AGREEING"), seen))
                    .containsExactly("outcome: expected WAITING in state AGREEING, case is waiting in ESCALATED "
                            + "(rules fired: [NS-5])");
        }

        @Test
        void waitingFailsOnceTheCaseIsClosed() {
            assertThat(check(expect("outcome: WAITING"), Seen.refund(NS1_CASE, NS1_PLATFORM)))
                    .containsExactly("outcome: expected WAITING, case closed as REFUNDED (rules fired: [NS-1, NS-RETAIN])");
        }
    }

    @Test
    void refundedFenIsWhatThePlatformRefunded() {
        assertThat(check(expect("refundedFen: 12900"), Seen.refund(NS1_CASE, NS1_PLATFORM))).isEmpty();
        assertThat(check(expect("refundedFen: 12900"), Seen.refund(closed("REFUNDED", 12900, "NS-1"), platform(0, 0))))
                .containsExactly("refundedFen: expected 12900, platform refunded 0 (case says 12900); platform saw [] "
                        + "(rules fired: [NS-1])");
        assertThat(check(expect("refundedFen: 12900"), Seen.refund(null, null)))
                .containsExactly("refundedFen: expected 12900, but the platform has no refund R1");
    }

    @Test
    void rulesMustEachBeAmongTheCasesDecisions() {
        assertThat(check(expect("rules: [NS-1, NS-RETAIN]"), Seen.refund(NS1_CASE, NS1_PLATFORM))).isEmpty();
        assertThat(check(expect("rules: [NS-1, G-4]"), Seen.refund(open("ESCALATED", "NS-5"), platform(0, 0))))
                .containsExactly("rules: expected [NS-1, G-4] among the case's decisions, missing [NS-1, G-4] "
                        + "(rules fired: [NS-5])");
        assertThat(check(expect("rules: [NS-1]"), Seen.refund(null, null)))
                .containsExactly("rules: expected [NS-1] among the case's decisions, but refund-service has no case for R1");
    }

    @Test
    void forbidRulesMustNotFire() {
        assertThat(check(expect("forbidRules: [RS-1]"), Seen.refund(NS1_CASE, NS1_PLATFORM))).isEmpty();
        assertThat(check(expect("forbidRules: [RS-1, NS-1]"), Seen.refund(NS1_CASE, NS1_PLATFORM)))
                .containsExactly("forbidRules: [NS-1] must not fire, but did (rules fired: [NS-1, NS-RETAIN])");
        assertThat(check(expect("forbidRules: [NS-1]"), Seen.refund(null, null))).isEmpty();
    }

    @Nested
    class InOrder {

        @Test
        void theMessageSaysWhatThePlatformSawAndWhichRulesFired() {
            assertThat(check(expect("platformActions: [AGREE_REFUND]"), Seen.refund(open("ESCALATED", "NS-5"), platform(0, 0))))
                    .containsExactly("platformActions: expected [AGREE_REFUND] in order, platform saw [] (rules fired: [NS-5])");
        }

        @Test
        void expectedActionsAreASubsequence() {
            Seen seen = Seen.refund(NS1_CASE, platform(12900, 0, act("AGREE_RETURN"), act("EXTEND_RECEIPT"),
                    act("AGREE_REFUND", 12900)));

            assertThat(check(expect("platformActions: [AGREE_RETURN, AGREE_REFUND]"), seen)).isEmpty();
            assertThat(check(expect("platformActions: [EXTEND_RECEIPT]"), seen)).isEmpty();
            assertThat(check(expect("platformActions: []"), seen)).isEmpty();
            assertThat(check(expect("platformActions: [AGREE_REFUND, AGREE_RETURN]"), seen)).containsExactly(
                    "platformActions: expected [AGREE_REFUND, AGREE_RETURN] in order, platform saw "
                            + "[AGREE_RETURN, EXTEND_RECEIPT, AGREE_REFUND] (rules fired: [NS-1, NS-RETAIN])");
            assertThat(check(expect("platformActions: [AGREE_RETURN, AGREE_RETURN]"), seen)).hasSize(1);
        }

        @Test
        void underAnOutageTheOrderOfTheCallsIsNotChecked() {
            Seen seen = Seen.refund(NS1_CASE, platform(12900, 0, act("AGREE_REFUND", 12900), act("AGREE_RETURN")));
            var expected = expect("platformActions: [AGREE_RETURN, AGREE_REFUND]");

            assertThat(check(expected, seen)).hasSize(1);
            assertThat(ExpectationChecker.check(expected, seen.build(), false)).isEmpty();
            assertThat(ExpectationChecker.check(expect("platformActions: [AGREE_RETURN, AGREE_RETURN]"),
                    seen.build(), false)).containsExactly("platformActions: expected [AGREE_RETURN, "
                            + "AGREE_RETURN] in any order, platform saw [AGREE_REFUND, AGREE_RETURN] (rules fired: "
                            + "[NS-1, NS-RETAIN])");
        }

        @Test
        void subsequenceEdgeCases() {
            assertThat(ExpectationChecker.isSubsequence(List.of(), List.of())).isTrue();
            assertThat(ExpectationChecker.isSubsequence(List.of("A"), List.of())).isFalse();
            assertThat(ExpectationChecker.isSubsequence(List.of("A", "B"), List.of("B", "A", "C", "B"))).isTrue();
            assertThat(ExpectationChecker.isSubsequence(List.of("A", "A"), List.of("A", "B"))).isFalse();
        }

        @Test
        void thePlatformsOwnAutoRefundIsNotAMerchantAction() {
            Seen seen = Seen.refund(null, platform(12900, 0, act("AUTO_REFUND", 12900)));

            assertThat(check(expect("platformActions: [AGREE_REFUND], autoRefundedByPlatform: true"), seen))
                    .containsExactly("platformActions: expected [AGREE_REFUND] in order, platform saw [] "
                            + "(no case in refund-service)");
        }

        @Test
        void aMissingPlatformRefund() {
            assertThat(check(expect("platformActions: [AGREE_REFUND]"), Seen.refund(null, null)))
                    .containsExactly("platformActions: expected [AGREE_REFUND] in order, but the platform has no refund R1 "
                            + "(no case in refund-service)");
            assertThat(check(expect("platformActions: []"), Seen.refund(null, null))).isEmpty();
        }

        @Test
        void warehouseActionsAreTheErpCallsOfTheRefundsOrderRefusedOnesIncluded() {
            Seen seen = Seen.refund(NS1_CASE, NS1_PLATFORM).erp(refused("UNAUDIT", "INVALID_STATE"),
                    ActionSeen.ok("CANCEL_ORDER"));

            assertThat(check(expect("warehouseActions: [UNAUDIT, CANCEL_ORDER]"), seen)).isEmpty();
            assertThat(check(expect("warehouseActions: [CANCEL_ORDER, UNAUDIT]"), seen)).containsExactly(
                    "warehouseActions: expected [CANCEL_ORDER, UNAUDIT] in order, ERP saw "
                            + "[UNAUDIT(refused: INVALID_STATE), CANCEL_ORDER] (rules fired: [NS-1, NS-RETAIN])");
        }

        @Test
        void courierActionsAreTheCallsForTheOrdersParcels() {
            Seen seen = Seen.refund(NS1_CASE, NS1_PLATFORM).courier("ZT1", ActionSeen.ok("INTERCEPT"))
                    .courier("RET1", ActionSeen.ok("NUDGE"));

            assertThat(check(expect("courierActions: [INTERCEPT, NUDGE]"), seen)).isEmpty();
            assertThat(check(expect("courierActions: [CLAIM]"), seen)).containsExactly(
                    "courierActions: expected [CLAIM] in order, courier saw [INTERCEPT, NUDGE] (rules fired: [NS-1, NS-RETAIN])");
        }
    }

    @Nested
    class Forbid {

        @Test
        void onThePlatform() {
            Seen seen = Seen.refund(closed("REFUSED", 0, "RS-9"), platform(0, 0, act("REFUSE")));

            assertThat(check(expect("forbid: [REFUSE]"), seen)).containsExactly(
                    "forbid: must not happen, but REFUSE (platform saw [REFUSE]) (rules fired: [RS-9])");
        }

        @Test
        void atTheErpEvenWhenRefused() {
            Seen seen = Seen.refund(NS1_CASE, NS1_PLATFORM).erp(refused("CANCEL_ORDER", "ALREADY_SHIPPED"));

            assertThat(check(expect("forbid: [CANCEL_ORDER]"), seen)).containsExactly(
                    "forbid: must not happen, but CANCEL_ORDER (ERP saw [CANCEL_ORDER(refused: ALREADY_SHIPPED)]) "
                            + "(rules fired: [NS-1, NS-RETAIN])");
        }

        @Test
        void atTheCourier() {
            Seen seen = Seen.refund(NS1_CASE, NS1_PLATFORM).courier("ZT1", ActionSeen.ok("INTERCEPT"));

            assertThat(check(expect("forbid: [REFUSE, INTERCEPT, FLAG_ORDER]"), seen)).containsExactly(
                    "forbid: must not happen, but INTERCEPT (courier saw [INTERCEPT]) (rules fired: [NS-1, NS-RETAIN])");
        }

        @Test
        void severalAtOnce() {
            Seen seen = Seen.refund(NS1_CASE, platform(12900, 0, act("AGREE_REFUND", 12900)))
                    .erp(ActionSeen.ok("CANCEL_ORDER")).courier("ZT1", ActionSeen.ok("INTERCEPT"));

            assertThat(check(expect("forbid: [AGREE_REFUND, CANCEL_ORDER, INTERCEPT]"), seen)).containsExactly(
                    "forbid: must not happen, but AGREE_REFUND (platform saw [AGREE_REFUND]), CANCEL_ORDER (ERP saw "
                            + "[CANCEL_ORDER]), INTERCEPT (courier saw [INTERCEPT]) (rules fired: [NS-1, NS-RETAIN])");
        }

        @Test
        void anotherOrdersCallsDoNotCount() {
            Seen seen = Seen.refund(NS1_CASE, NS1_PLATFORM);
            seen.otherOrders.add(new OrderSeen("O2", 100, calls("CANCEL_ORDER"), Map.of("ZT2", calls("INTERCEPT"))));

            assertThat(check(expect("forbid: [CANCEL_ORDER, INTERCEPT]"), seen)).isEmpty();
        }
    }

    @Test
    void buyerMessagesAreAtLeastN() {
        Seen two = Seen.refund(NS1_CASE, platform(12900, 2, act("AGREE_REFUND", 12900)));

        assertThat(check(expect("buyerMessages: 1"), two)).isEmpty();
        assertThat(check(expect("buyerMessages: 2"), two)).isEmpty();
        assertThat(check(expect("buyerMessages: 3"), two)).containsExactly(
                "buyerMessages: expected at least 3, platform saw 2 message(s) to the buyer (rules fired: [NS-1, NS-RETAIN])");
        assertThat(check(expect("buyerMessages: 0"), Seen.refund(null, null))).isEmpty();
    }

    @Test
    void agentTasksAreExactlyN() {
        Seen one = Seen.refund(open("ESCALATED", "NS-5"), platform(0, 0)).tasks(TasksSeen.of(List.of("NS-5")));

        assertThat(check(expect("agentTasks: 1"), one)).isEmpty();
        assertThat(check(expect("agentTasks: 0"), one)).containsExactly(
                "agentTasks: expected 0, notification-service has 1 task(s) [NS-5] (rules fired: [NS-5])");
        assertThat(check(expect("agentTasks: 2"), one)).hasSize(1);
    }

    @Test
    void unreadableTasksFailOnlyWhenChecked() {
        Seen seen = Seen.refund(NS1_CASE, NS1_PLATFORM).tasks(TasksSeen.unreadable("connection refused"));

        assertThat(check(expect("agentTasks: 0"), seen))
                .containsExactly("agentTasks: expected 0, could not read the tasks: connection refused");
        assertThat(check(expect("outcome: REFUNDED"), seen)).isEmpty();
    }

    @Test
    void autoRefundedByPlatform() {
        Seen auto = Seen.refund(closed("AUTO_REFUNDED_BY_PLATFORM", 12900, "DL-1"),
                platform(12900, 0, act("AUTO_REFUND", 12900)));

        assertThat(check(expect("autoRefundedByPlatform: true"), auto)).isEmpty();
        assertThat(check(expect("autoRefundedByPlatform: false"), Seen.refund(NS1_CASE, NS1_PLATFORM))).isEmpty();
        assertThat(check(expect("autoRefundedByPlatform: true"), Seen.refund(NS1_CASE, NS1_PLATFORM))).containsExactly(
                "autoRefundedByPlatform: expected true, the platform did not auto-refund (status SUCCESS, saw [AGREE_REFUND]) "
                        + "(rules fired: [NS-1, NS-RETAIN])");
        assertThat(check(expect("autoRefundedByPlatform: false"), auto)).first().isEqualTo(
                "autoRefundedByPlatform: expected false, the platform auto-refunded R1 (rules fired: [DL-1])");
    }

    @Test
    void perRefundBlocksArePrefixedWithTheRefundId() {
        Expectations e = expectTwo("R1: {outcome: REFUNDED}, R2: {platformActions: [AGREE_REFUND]}");
        Seen seen = new Seen()
                .plus("R1", closed("REFUNDED", 9000, "RS-1"), platform(9000, 0, act("AGREE_REFUND", 9000)), TasksSeen.none())
                .plus("R2", open("ESCALATED", "RS-5"), platform(0, 0), TasksSeen.none());

        assertThat(check(e, seen)).containsExactly(
                "R2: platformActions: expected [AGREE_REFUND] in order, platform saw [] (rules fired: [RS-5])");
    }

    @Test
    void failuresComeInKeyOrderThenInvariants() {
        Seen seen = Seen.refund(open("ESCALATED", "NS-5"), platform(12900, 0, act("AGREE_REFUND", 12900),
                act("AGREE_REFUND", 12900)));

        List<String> failures = check(expect("agentTasks: 1, outcome: REFUNDED"), seen);

        assertThat(failures).hasSize(4);
        assertThat(failures.get(0)).startsWith("outcome:");
        assertThat(failures.get(1)).startsWith("agentTasks:");
        assertThat(failures.get(2)).startsWith("invariant: refund R1 received 2 agreeing calls");
        assertThat(failures.get(3)).startsWith("invariant: order O1 was agreed 25800 fen");
    }

    @Test
    void aStoryWithoutRefundsChecksItsWholeBlockOnEveryOrder() {
        Expectations e = PARSER.parse(Path.of("t.yaml"), """
            name: t
            orders:
              - {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
              - {platform: TAOBAO, shopId: s, orderId: O2, paidFen: 100, fulfilment: SHIPPED}
            steps:
              - at: PT1H
            expect: {warehouseActions: [FLAG_ORDER], forbid: [INTERCEPT], outcome: REFUNDED}
            """).expectations();
        Observation seen = new Observation(List.of(
                new OrderSeen("O1", 100, calls(), Map.of()),
                new OrderSeen("O2", 100, calls("FLAG_ORDER"), Map.of("ZT2", calls("INTERCEPT")))), List.of());

        assertThat(ExpectationChecker.check(e, seen)).containsExactly(
                "outcome: expected REFUNDED, but the steps raise no refund",
                "forbid: must not happen, but INTERCEPT (courier saw [INTERCEPT])");
    }

    @Nested
    class Invariants {

        @Test
        void atMostOneAgreeingCallPerRefundEvenWhenNothingIsExpected() {
            Seen seen = Seen.refund(NS1_CASE, platform(12900, 0, act("AGREE_PARTIAL_REFUND", 5000),
                    act("AGREE_REFUND", 7900)));

            assertThat(check(expect(""), seen)).containsExactly("invariant: refund R1 received 2 agreeing calls "
                    + "[AGREE_PARTIAL_REFUND 5000, AGREE_REFUND 7900], at most one is allowed (rules fired: [NS-1, NS-RETAIN])");
        }

        @Test
        void theTotalAgreedForAnOrderNeverExceedsWhatWasPaid() {
            Seen within = new Seen()
                    .plus("R1", null, platform(6000, 0, act("AGREE_PARTIAL_REFUND", 6000)), TasksSeen.none())
                    .plus("R2", null, platform(6900, 0, act("AGREE_PARTIAL_REFUND", 6900)), TasksSeen.none());
            Seen beyond = new Seen()
                    .plus("R1", null, platform(9000, 0, act("AGREE_REFUND", 9000)), TasksSeen.none())
                    .plus("R2", null, platform(9000, 0, act("AGREE_REFUND", 9000)), TasksSeen.none());

            assertThat(check(expectTwo(""), within)).isEmpty();
            assertThat(check(expectTwo(""), beyond)).containsExactly(
                    "invariant: order O1 was agreed 18000 fen in total (R1 9000, R2 9000), more than the 12900 paid");
        }

        @Test
        void noAutoRefundUnlessExpected() {
            Seen auto = Seen.refund(open("ESCALATED", "NS-5"), platform(12900, 0, act("AUTO_REFUND", 12900)));

            assertThat(check(expect(""), auto)).containsExactly("invariant: the platform auto-refunded R1 (its deadline "
                    + "passed without a merchant decision), but the scenario does not expect autoRefundedByPlatform: true; "
                    + "platform saw [AUTO_REFUND 12900] (rules fired: [NS-5])");
            assertThat(check(expect("autoRefundedByPlatform: true"), auto)).isEmpty();
            assertThat(check(expect("outcome: WAITING, autoRefundedByPlatform: true"), auto)).isEmpty();
        }

        @Test
        void anExpectedAutoRefundOutcomeAllowsIt() {
            Seen auto = Seen.refund(closed("AUTO_REFUNDED_BY_PLATFORM", 12900), platform(12900, 0, act("AUTO_REFUND", 12900)));

            assertThat(check(expect("outcome: AUTO_REFUNDED_BY_PLATFORM"), auto)).isEmpty();
        }

        @Test
        void perRefundBlocksAllowAnAutoRefundOnlyWhereExpected() {
            Expectations e = expectTwo("R1: {autoRefundedByPlatform: true}, R2: {}");
            Seen seen = new Seen()
                    .plus("R1", null, platform(9000, 0, act("AUTO_REFUND", 9000)), TasksSeen.none())
                    .plus("R2", null, platform(9000, 0, act("AUTO_REFUND", 9000)), TasksSeen.none());

            assertThat(check(e, seen)).singleElement().asString().startsWith("invariant: the platform auto-refunded R2 ");
        }

        @Test
        void g7EveryDecisionNamesItsRuleFactsAndActionsWhateverTheScenarioExpects() {
            DecisionSeen explained = new DecisionSeen("NS-5", "2026-11-11T02:00:00Z", 2, 1);
            CaseSeen kase = new CaseSeen("TAOBAO:s:R1", "ESCALATED", null, 0, List.of("NS-5", "", "DL-3"),
                    List.of(explained, new DecisionSeen("", null, 1, 1), new DecisionSeen("DL-3", "2026-11-13T00:00:00Z", 0, 1)));

            assertThat(check(expect(""), Seen.refund(kase, platform(0, 0)))).containsExactly(
                    "invariant G-7: case TAOBAO:s:R1 decision 2 of 3 (?) has no rule ID: every decision names its rule, "
                            + "the facts it used and the actions it chose",
                    "invariant G-7: case TAOBAO:s:R1 decision 3 of 3 (DL-3 at 2026-11-13T00:00:00Z) has no facts: every "
                            + "decision names its rule, the facts it used and the actions it chose");
            CaseSeen fine = new CaseSeen("TAOBAO:s:R1", "ESCALATED", null, 0, List.of("NS-5"), List.of(explained));
            assertThat(check(expect(""), Seen.refund(fine, platform(0, 0)))).isEmpty();
        }

        @Test
        void aComplaintIsNamedAsOne() {
            Seen complaint = new Seen();
            complaint.refunds.add(new RefundSeen("R1", "O1", null, null, TasksSeen.none(), true));

            assertThat(check(expect("refundedFen: 0"), complaint))
                    .containsExactly("refundedFen: expected 0, but the platform has no complaint R1");
        }
    }
}
