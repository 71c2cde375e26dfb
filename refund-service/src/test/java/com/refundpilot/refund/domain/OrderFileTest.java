package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFileTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofHours(72));
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private final ShopPolicy policy = ShopPolicy.defaults();

    private static RefundRequested request(String refundId, long amountFen, int quantity) {
        return new RefundRequested(ORDER, refundId, RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了",
                amountFen, quantity, 59900, 1, "SHOE-BLK-42", NOW, DEADLINE, 1);
    }

    private OrderFile openedFile() {
        OrderFile file = OrderFile.of(request("R1", 59900, 1));
        file.onRefundRequested(request("R1", 59900, 1), policy, NOW);
        return file;
    }

    private static <T> List<T> sent(Effects effects, Class<T> type) {
        return effects.messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static FulfilmentReported reported(FulfilmentState state, boolean forceShip) {
        return new FulfilmentReported(ORDER, CASE, state, forceShip, false, null, null);
    }

    @Test
    void aNewRequestAsksTheWarehouseAndSetsBothDeadlineTimers() {
        OrderFile file = OrderFile.of(request("R1", 59900, 1));
        Effects fx = file.onRefundRequested(request("R1", 59900, 1), policy, NOW);

        assertThat(sent(fx, CheckFulfilment.class)).containsExactly(new CheckFulfilment(ORDER, CASE));
        assertThat(fx.timers()).containsExactlyInAnyOrder(
                TimerRequest.schedule(CASE, CaseTimer.ESCALATE, DEADLINE.minus(Duration.ofHours(24))),
                TimerRequest.schedule(CASE, CaseTimer.LAST_RESORT, DEADLINE.minus(Duration.ofHours(2))));
        assertThat(file.findCase(CASE).orElseThrow().state()).isEqualTo(CaseState.CHECKING_FULFILMENT);
    }

    @Test
    void aShortDeadlineLeavesTheAutomationAGraceBeforeCallingAPerson() {
        var shortDeadline = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了",
                59900, 1, 59900, 1, "SKU", NOW, NOW.plus(Duration.ofHours(3)), 1);
        Effects fx = OrderFile.of(shortDeadline).onRefundRequested(shortDeadline, policy, NOW);

        assertThat(fx.timers()).containsExactlyInAnyOrder(
                TimerRequest.schedule(CASE, CaseTimer.ESCALATE, NOW.plus(Duration.ofMinutes(10))),
                TimerRequest.schedule(CASE, CaseTimer.LAST_RESORT, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void theGraceNeverPushesEscalationPastTheLastResort() {
        var veryShort = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了",
                59900, 1, 59900, 1, "SKU", NOW, NOW.plus(Duration.ofMinutes(125)), 1);
        Effects fx = OrderFile.of(veryShort).onRefundRequested(veryShort, policy, NOW);

        assertThat(fx.timers()).contains(TimerRequest.schedule(CASE, CaseTimer.ESCALATE, NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void theSameRequestTwiceChangesNothing() {
        OrderFile file = openedFile();
        Effects again = file.onRefundRequested(request("R1", 59900, 1), policy, NOW);

        assertThat(again.isEmpty()).isTrue();
        assertThat(file.cases()).hasSize(1);
    }

    @Test
    void ns1CancelsThenAgreesThenTellsTheBuyer() {
        OrderFile file = openedFile();

        Effects decided = file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        assertThat(sent(decided, StopFulfilment.class)).singleElement()
                .satisfies(stop -> assertThat(stop.steps()).containsExactly(WarehouseAction.CANCEL_ORDER));
        assertThat(sent(decided, AgreeRefund.class)).isEmpty();

        Effects stopped = file.onFulfilmentStopped(
                new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW);
        AgreeRefund agree = sent(stopped, AgreeRefund.class).get(0);
        assertThat(agree.amountFen()).isEqualTo(59900);
        assertThat(agree.partial()).isFalse();
        assertThat(agree.ruleId()).isEqualTo("NS-1");
        assertThat(file.remainingFen()).isZero();

        Effects agreed = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, agree.actionKey(), 59900), policy, NOW.plusSeconds(3));
        RefundCase c = file.findCase(CASE).orElseThrow();
        assertThat(c.outcome()).isEqualTo(CaseOutcome.REFUNDED);
        assertThat(c.refundedFen()).isEqualTo(59900);
        assertThat(c.decisions()).extracting(Decision::ruleId).containsExactly("DL-1", "NS-1", "NS-RETAIN");
        assertThat(sent(agreed, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(com.refundpilot.contracts.vocabulary.BuyerMessageTemplate.REFUND_APPROVED_RETAIN);
        assertThat(sent(agreed, CaseClosed.class)).extracting(CaseClosed::ruleId).containsExactly("NS-1");
        assertThat(sent(agreed, CaseClosed.class)).singleElement()
                .satisfies(closed -> assertThat(closed.timeToClose()).isEqualTo(Duration.ofSeconds(3)));
        assertThat(agreed.timers()).allMatch(TimerRequest::isCancel).hasSize(3);
    }

    @Test
    void aSevenDayRefundGetsThePlainApprovalWithoutRetention() {
        var quality = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NO_REASON_7D, "7天无理由", 59900,
                1, 59900, 1, "SHOE-BLK-42", NOW, DEADLINE, 1);
        OrderFile file = OrderFile.of(quality);
        file.onRefundRequested(quality, policy, NOW);
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        AgreeRefund agree = sent(file.onFulfilmentStopped(
                new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW), AgreeRefund.class).get(0);

        Effects agreed = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, agree.actionKey(), 59900), policy, NOW);

        assertThat(sent(agreed, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(com.refundpilot.contracts.vocabulary.BuyerMessageTemplate.REFUND_APPROVED);
        assertThat(file.findCase(CASE).orElseThrow().decisions()).extracting(Decision::ruleId).containsExactly("DL-1", "NS-1");
    }

    @Test
    void ns2AndNs3StopTheOrderWithTheirOwnSteps() {
        OrderFile audited = openedFile();
        Effects ns2 = audited.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_AUDITED, false), policy, NOW);
        assertThat(sent(ns2, StopFulfilment.class).get(0).steps())
                .containsExactly(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER);
        assertThat(sent(ns2, StopFulfilment.class).get(0).ruleId()).isEqualTo("NS-2");

        OrderFile allocated = openedFile();
        Effects ns3 = allocated.onFulfilmentReported(reported(FulfilmentState.ALLOCATED_AUDITED, false), policy, NOW);
        assertThat(sent(ns3, StopFulfilment.class).get(0).steps()).containsExactly(
                WarehouseAction.INTERCEPT_IN_WAREHOUSE, WarehouseAction.VOID, WarehouseAction.UNAUDIT,
                WarehouseAction.CANCEL_ORDER);
    }

    @Test
    void forceShipGoesToAPersonNotToTheErp() {
        OrderFile file = openedFile();
        Effects fx = file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, true), policy, NOW);

        assertThat(sent(fx, StopFulfilment.class)).isEmpty();
        assertThat(sent(fx, CreateAgentTask.class)).singleElement()
                .satisfies(task -> assertThat(task.ruleId()).isEqualTo("NS-5"));
        assertThat(file.findCase(CASE).orElseThrow().state()).isEqualTo(CaseState.ESCALATED);
    }

    @Test
    void aFailedVoidEscalatesAsNs5() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.ALLOCATED_AUDITED, false), policy, NOW);
        Effects fx = file.onFulfilmentStopFailed(new FulfilmentStopFailed(ORDER, CASE,
                List.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE), WarehouseAction.VOID, "VOID_FAILED", "printed", null,
                null), policy, NOW);

        assertThat(sent(fx, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("NS-5");
        assertThat(sent(fx, AgreeRefund.class)).isEmpty();
    }

    @Test
    void anUnreachableErpIsAskedAgainThenEscalated() {
        OrderFile file = openedFile();
        var down = new com.refundpilot.contracts.events.FulfilmentCheckFailed(ORDER, CASE, "ERP_UNAVAILABLE", "503");

        assertThat(sent(file.onFulfilmentCheckFailed(down, policy, NOW), CheckFulfilment.class)).hasSize(1);
        assertThat(sent(file.onFulfilmentCheckFailed(down, policy, NOW), CheckFulfilment.class)).hasSize(1);
        Effects third = file.onFulfilmentCheckFailed(down, policy, NOW);

        assertThat(sent(third, CheckFulfilment.class)).isEmpty();
        assertThat(sent(third, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId)
                .containsExactly("WAREHOUSE-FAILED");
    }

    @Test
    void anOrderAlreadyCancelledInTheErpIsSafeToRefund() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        Effects fx = file.onFulfilmentStopFailed(new FulfilmentStopFailed(ORDER, CASE, List.of(),
                WarehouseAction.CANCEL_ORDER, "ALREADY_CANCELLED", null, null, null), policy, NOW);

        assertThat(sent(fx, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("NS-1");
    }

    @Test
    void quantityAboveWhatWasBoughtIsNeverAutoApproved() {
        OrderFile file = OrderFile.of(request("R1", 59900, 2));
        Effects fx = file.onRefundRequested(request("R1", 59900, 2), policy, NOW);

        assertThat(sent(fx, CheckFulfilment.class)).isEmpty();
        assertThat(sent(fx, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("G-2");
    }

    @Test
    void amountAboveWhatWasPaidIsNeverAutoApproved() {
        OrderFile file = OrderFile.of(request("R1", 60000, 1));
        Effects fx = file.onRefundRequested(request("R1", 60000, 1), policy, NOW);

        assertThat(sent(fx, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("G-1");
    }

    @Test
    void aSecondRequestForTheSameMoneyGoesToAPerson() {
        OrderFile file = openedFile();
        Effects second = file.onRefundRequested(request("R2", 59900, 1), policy, NOW);

        assertThat(sent(second, CheckFulfilment.class)).isEmpty();
        assertThat(sent(second, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("G-3");
    }

    @Test
    void anAgreeResultForAnotherActionKeyIsIgnored() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        file.onFulfilmentStopped(new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW);

        Effects fx = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, "some-other-key", 59900), policy, NOW);

        assertThat(fx.isEmpty()).isTrue();
        assertThat(file.findCase(CASE).orElseThrow().state()).isEqualTo(CaseState.AGREEING);
    }

    @Test
    void aRejectedAgreeEscalates() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        AgreeRefund agree = sent(file.onFulfilmentStopped(
                new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW), AgreeRefund.class).get(0);

        Effects fx = file.onPlatformActionRejected(new PlatformActionRejected(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, agree.actionKey(), "isv.refund-version-mismatch", "stale"), policy, NOW);

        assertThat(sent(fx, CreateAgentTask.class)).hasSize(1);
        assertThat(file.findCase(CASE).orElseThrow().escalated()).isTrue();
    }

    @Test
    void aPlatformRefundWithoutOurDecisionIsRecordedAsAutoRefund() {
        OrderFile file = openedFile();
        Effects fx = file.onPlatformSettled(new PlatformRefundSettled(ORDER, "R1",
                PlatformRefundSettled.Settlement.REFUNDED, 59900, DEADLINE), policy, DEADLINE);

        assertThat(sent(fx, CaseClosed.class)).extracting(CaseClosed::outcome)
                .containsExactly(CaseOutcome.AUTO_REFUNDED_BY_PLATFORM);
    }

    @Test
    void thePlatformsSettlementBeforeOurAgreeResultStillRefundsAndTellsTheBuyerOnce() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        AgreeRefund agree = sent(file.onFulfilmentStopped(
                new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW), AgreeRefund.class).get(0);

        Effects settled = file.onPlatformSettled(new PlatformRefundSettled(ORDER, "R1",
                PlatformRefundSettled.Settlement.REFUNDED, 59900, NOW), policy, NOW);
        Effects lateResult = file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, agree.actionKey(), 59900), policy, NOW);

        assertThat(sent(settled, CaseClosed.class)).extracting(CaseClosed::outcome).containsExactly(CaseOutcome.REFUNDED);
        assertThat(sent(settled, NotifyBuyer.class)).hasSize(1);
        assertThat(lateResult.isEmpty()).isTrue();
    }

    @Test
    void dl2EscalatesAnUndecidedCaseOnce() {
        OrderFile file = openedFile();
        Instant due = DEADLINE.minus(Duration.ofHours(24));

        Effects fx = file.onDeadline(CASE, CaseTimer.ESCALATE, due, due, policy);
        assertThat(sent(fx, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("DL-2");

        Effects stale = file.onDeadline(CASE, CaseTimer.ESCALATE, due.minusSeconds(1), due, policy);
        assertThat(stale.isEmpty()).isTrue();
    }

    @Test
    void anAgreeDecidedBeforeTheMarginMayWaitForAnUnavailablePlatformUntilTheMargin() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);

        Effects stopped = file.onFulfilmentStopped(
                new FulfilmentStopped(ORDER, CASE, List.of(WarehouseAction.CANCEL_ORDER)), policy, NOW);

        assertThat(sent(stopped, AgreeRefund.class)).singleElement().extracting(AgreeRefund::deliverBy)
                .isEqualTo(DEADLINE.minus(policy.decisionMargin()));
    }

    @Test
    void dl3AgreesWhenTheGoodsHaveNotLeft() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        // the warehouse never confirms the cancel
        Instant due = DEADLINE.minus(Duration.ofHours(2));

        Effects fx = file.onDeadline(CASE, CaseTimer.LAST_RESORT, due, due, policy);

        assertThat(sent(fx, AgreeRefund.class)).extracting(AgreeRefund::ruleId).containsExactly("DL-3");
        assertThat(sent(fx, AgreeRefund.class).get(0).deliverBy()).as("half the 2 h last-resort window to deliver it")
                .isEqualTo(DEADLINE.minus(Duration.ofHours(1)));
        assertThat(file.findCase(CASE).orElseThrow().decisions()).extracting(Decision::ruleId)
                .containsExactly("DL-1", "NS-1", "DL-3");
        assertThat(file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, CASE, "R1",
                PlatformAction.AGREE_REFUND, sent(fx, AgreeRefund.class).get(0).actionKey(), 59900), policy, due).messages())
                .filteredOn(NotifyBuyer.class::isInstance).hasSize(1);
    }

    @Test
    void dl3RefusesAForceShipOrderWithTheErpRecordInsteadOfLettingThePlatformRefund() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, true), policy, NOW);
        Instant due = DEADLINE.minus(Duration.ofHours(2));

        Effects fx = file.onDeadline(CASE, CaseTimer.LAST_RESORT, due, due, policy);

        assertThat(sent(fx, AgreeRefund.class)).isEmpty();
        assertThat(sent(fx, com.refundpilot.contracts.commands.RefuseRefund.class)).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("DL-3");
            assertThat(r.evidence()).extracting(e -> e.kind())
                    .containsExactly(com.refundpilot.contracts.vocabulary.EvidenceKind.ERP_RECORD);
        });
        assertThat(sent(fx, NotifyBuyer.class)).extracting(NotifyBuyer::template)
                .containsExactly(com.refundpilot.contracts.vocabulary.BuyerMessageTemplate.REFUSAL_EXPLAINED);
    }

    @Test
    void dl3WithUnknownGoodsAndNoEvidenceGoesToAPersonAtTopPriority() {
        OrderFile file = openedFile(); // the warehouse never answered
        Instant due = DEADLINE.minus(Duration.ofHours(2));

        Effects fx = file.onDeadline(CASE, CaseTimer.LAST_RESORT, due, due, policy);

        assertThat(sent(fx, AgreeRefund.class)).isEmpty();
        assertThat(sent(fx, com.refundpilot.contracts.commands.RefuseRefund.class)).isEmpty();
        assertThat(sent(fx, CreateAgentTask.class)).singleElement().satisfies(task -> {
            assertThat(task.ruleId()).isEqualTo("G-6");
            assertThat(task.priority()).isEqualTo(com.refundpilot.contracts.vocabulary.TaskPriority.TOP);
        });
    }

    @Test
    void anAgentApprovalAgreesUnderTheGuards() {
        OrderFile file = openedFile();
        file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, true), policy, NOW); // NS-5
        var tooMuch = new com.refundpilot.contracts.commands.ResolveCase(ORDER, CASE, CASE + ":NS-5",
                com.refundpilot.contracts.vocabulary.AgentDecision.APPROVE, 60000, "agent-7");
        assertThat(sent(file.onResolveCase(tooMuch, policy, NOW), AgreeRefund.class)).isEmpty();

        var approve = new com.refundpilot.contracts.commands.ResolveCase(ORDER, CASE, CASE + ":NS-5",
                com.refundpilot.contracts.vocabulary.AgentDecision.APPROVE, 0, "agent-7");
        Effects fx = file.onResolveCase(approve, policy, NOW);

        assertThat(sent(fx, AgreeRefund.class)).singleElement().satisfies(agree -> {
            assertThat(agree.ruleId()).isEqualTo("AGENT");
            assertThat(agree.amountFen()).isEqualTo(59900);
        });
        assertThat(file.onResolveCase(approve, policy, NOW).isEmpty()).as("a second approval while agreeing").isTrue();
    }

    @Test
    void closedCasesCannotMoveAgain() {
        assertThatThrownBy(() -> CaseState.CLOSED.moveTo(CaseState.AGREEING))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void everyMessageIsAboutThisOrder() {
        OrderFile file = openedFile();
        Effects fx = file.onFulfilmentReported(reported(FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false), policy, NOW);
        assertThat(fx.messages()).extracting(Message::order).containsOnly(ORDER);
    }
}
