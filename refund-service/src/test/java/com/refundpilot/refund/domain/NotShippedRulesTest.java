package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** refund-sop-spec §4 beyond NS-1..NS-5: custom-made goods, the label cut-off, reasons; agents; DL-1. */
class NotShippedRulesTest {

    /** 08:30 in Shanghai: before the 09:00 label batch. */
    private static final Instant MORNING = Instant.parse("2026-11-11T00:30:00Z");
    private static final Instant DEADLINE = MORNING.plus(Duration.ofHours(72));
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String CASE = ORDER.caseIdOf("R1");
    private static final ItemAttributes CUSTOM_IN_PRODUCTION = new ItemAttributes("MUG-PHOTO", "定制马克杯", null, null,
            true, false, true);
    private final ShopPolicy policy = ShopPolicy.defaults();

    private static OrderFile opened(RefundReason reason, Instant at) {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, reason, "reason", 10000, 1, 10000, 1,
                "SKU", at, at.plus(Duration.ofHours(72)), 1, Set.of(PlatformAction.values()));
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, ShopPolicy.defaults(), at);
        return file;
    }

    private Effects report(OrderFile file, FulfilmentState state, boolean printed, ItemAttributes item, Instant at) {
        return file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, state, false, false, null, null, printed,
                null, null, item), policy, at);
    }

    private static <T> List<T> sent(Effects effects, Class<T> type) {
        return effects.messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> rules(OrderFile file) {
        return file.findCase(CASE).orElseThrow().decisions().stream().map(Decision::ruleId).toList();
    }

    @Test
    void ns6ProposesAPartialRefundForTheCostAndAgreesItWhenAccepted() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        Effects fx = report(file, FulfilmentState.NOT_ALLOCATED_AUDITED, false, CUSTOM_IN_PRODUCTION, MORNING);

        assertThat(sent(fx, StopFulfilment.class)).as("production started: nothing to stop").isEmpty();
        assertThat(sent(fx, NegotiateRefund.class)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NegotiationKind.PARTIAL_REFUND);
            assertThat(n.amountFen()).isEqualTo(7000); // 30 % kept for the cost
        });
        Effects accepted = file.onNegotiationAnswered(new NegotiationAnswered(ORDER, "R1", true, 7000L, 2, MORNING),
                policy, MORNING);
        assertThat(sent(accepted, AgreeRefund.class)).as("the order is stopped before any money moves").isEmpty();
        assertThat(sent(accepted, StopFulfilment.class)).singleElement().satisfies(s -> assertThat(s.steps())
                .containsExactly(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER));
        Effects stopped = file.onFulfilmentStopped(new FulfilmentStopped(ORDER, CASE,
                List.of(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER)), policy, MORNING);
        assertThat(sent(stopped, AgreeRefund.class)).singleElement().satisfies(a -> {
            assertThat(a.amountFen()).isEqualTo(7000);
            assertThat(a.partial()).isTrue();
            assertThat(a.platformVersion()).isEqualTo(2);
            assertThat(a.ruleId()).isEqualTo("NS-6");
        });
    }

    @Test
    void ns6RefusesWithTheDesignAndTheChatWhenTheBuyerDeclines() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        report(file, FulfilmentState.NOT_ALLOCATED_AUDITED, false, CUSTOM_IN_PRODUCTION, MORNING);
        Effects declined = file.onNegotiationAnswered(new NegotiationAnswered(ORDER, "R1", false, null, 1, MORNING),
                policy, MORNING);
        assertThat(sent(declined, RefuseRefund.class)).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("NS-6");
            assertThat(r.evidence()).extracting(e -> e.kind())
                    .contains(EvidenceKind.DESIGN_CONFIRMATION, EvidenceKind.CHAT_LOG);
        });
    }

    @Test
    void anAcceptedAmountAboveTheProposalIsNeverAgreed() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        report(file, FulfilmentState.NOT_ALLOCATED_AUDITED, false, CUSTOM_IN_PRODUCTION, MORNING);
        Effects fx = file.onNegotiationAnswered(new NegotiationAnswered(ORDER, "R1", true, 9000L, 2, MORNING), policy,
                MORNING);
        assertThat(sent(fx, AgreeRefund.class)).isEmpty();
        assertThat(sent(fx, CreateAgentTask.class)).extracting(CreateAgentTask::ruleId).containsExactly("G-1");
    }

    @Test
    void ns7CustomMadeWithoutCostStopsLikeAStandardItem() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING.plus(Duration.ofHours(2)));
        Effects fx = report(file, FulfilmentState.NOT_ALLOCATED_AUDITED, false,
                new ItemAttributes("MUG", null, null, null, true, false, false), MORNING.plus(Duration.ofHours(2)));
        assertThat(sent(fx, StopFulfilment.class)).singleElement()
                .satisfies(s -> assertThat(s.steps()).containsExactly(WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER));
        assertThat(rules(file)).containsExactly("DL-1", "NS-7", "NS-2");
    }

    @Test
    void nsCutoffBeforeTheBatchStopsAheadOfThePrint() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        report(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false, null, MORNING);
        assertThat(rules(file)).containsExactly("DL-1", "NS-CUTOFF", "NS-1");
    }

    @Test
    void nsCutoffAPrintedLabelIsInterceptedInTheWarehouse() {
        Instant afterBatch = MORNING.plus(Duration.ofMinutes(31)); // 09:01
        OrderFile file = opened(RefundReason.NOT_WANTED, afterBatch);
        Effects fx = report(file, FulfilmentState.ALLOCATED_AUDITED, true, null, afterBatch);
        assertThat(sent(fx, StopFulfilment.class)).singleElement().satisfies(s -> assertThat(s.steps())
                .containsExactly(WarehouseAction.INTERCEPT_IN_WAREHOUSE, WarehouseAction.VOID, WarehouseAction.UNAUDIT,
                        WarehouseAction.CANCEL_ORDER));
        assertThat(rules(file)).containsExactly("DL-1", "NS-CUTOFF", "NS-3");
    }

    @Test
    void aLabelPrintedBetweenTheCheckAndTheCancelIsReadAgain() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        report(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false, null, MORNING);
        Effects fx = file.onFulfilmentStopFailed(new FulfilmentStopFailed(ORDER, CASE, List.of(),
                WarehouseAction.CANCEL_ORDER, "LABEL_PRINTED", "printed", null, null), policy, MORNING);
        assertThat(sent(fx, com.refundpilot.contracts.commands.CheckFulfilment.class)).hasSize(1);
    }

    @Test
    void nsReasonAsksAPersonToChangeTheReasonWithoutHoldingTheRefund() {
        OrderFile file = opened(RefundReason.OUT_OF_STOCK, MORNING.plus(Duration.ofHours(3)));
        RefundCase c = file.findCase(CASE).orElseThrow();
        assertThat(rules(file)).containsExactly("DL-1", "NS-REASON");
        assertThat(c.state()).isEqualTo(CaseState.CHECKING_FULFILMENT);
        assertThat(c.escalated()).isFalse();

        report(file, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, false, null, MORNING.plus(Duration.ofHours(3)));
        Effects stopped = file.onFulfilmentStopped(new FulfilmentStopped(ORDER, CASE,
                List.of(WarehouseAction.CANCEL_ORDER)), policy, MORNING.plus(Duration.ofHours(3)));
        assertThat(sent(stopped, AgreeRefund.class)).hasSize(1);
    }

    @Test
    void nsReasonTaskIsNormalPriority() {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.LATE_SHIPMENT, "未按约定时间发货",
                10000, 1, 10000, 1, "SKU", MORNING, DEADLINE, 1);
        OrderFile file = OrderFile.of(request);
        Effects fx = file.onRefundRequested(request, policy, MORNING);
        assertThat(sent(fx, CreateAgentTask.class)).singleElement().satisfies(t -> {
            assertThat(t.ruleId()).isEqualTo("NS-REASON");
            assertThat(t.priority()).isEqualTo(TaskPriority.NORMAL);
        });
    }

    @Test
    void theAgreeAfterTheOrderIsStoppedCarriesTheRuleThatStoppedItEvenIfTheDeadlineMovedMeanwhile() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED,
                false, false, null, null), policy, MORNING); // NS-1: cancel, then agree
        file.onDeadlineChanged(new DeadlineChanged(ORDER, "R1", MORNING.plus(Duration.ofHours(30)), 1, MORNING),
                policy, MORNING); // a DL-1 decision while the warehouse works

        Effects stopped = file.onFulfilmentStopped(new FulfilmentStopped(ORDER, CASE,
                List.of(WarehouseAction.CANCEL_ORDER)), policy, MORNING);

        assertThat(sent(stopped, AgreeRefund.class)).singleElement()
                .satisfies(agree -> assertThat(agree.ruleId()).isEqualTo("NS-1"));
    }

    @Test
    void dl1APlatformDeadlineChangeMovesBothTimers() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        Instant shorter = MORNING.plus(Duration.ofHours(30));
        Effects fx = file.onDeadlineChanged(new DeadlineChanged(ORDER, "R1", shorter, 2, MORNING), policy, MORNING);
        assertThat(fx.timers()).extracting(TimerRequest::dueAt)
                .containsExactly(shorter.minus(Duration.ofHours(24)), shorter.minus(Duration.ofHours(2)));
        assertThat(rules(file)).containsExactly("DL-1", "DL-1");
        Effects staleFiring = file.onDeadline(CASE, CaseTimer.ESCALATE, DEADLINE.minus(Duration.ofHours(24)),
                DEADLINE.minus(Duration.ofHours(24)), policy);
        assertThat(staleFiring.isEmpty()).isTrue();
    }

    @Test
    void anAgentRefusalNegotiatesFirstAndAnAgentProposalIsAgreedOnlyWhenAccepted() {
        OrderFile file = opened(RefundReason.NOT_WANTED, MORNING);
        file.onFulfilmentReported(new FulfilmentReported(ORDER, CASE, FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, true,
                false, null, null), policy, MORNING); // NS-5
        Effects refuse = file.onResolveCase(new ResolveCase(ORDER, CASE, CASE + ":NS-5", AgentDecision.REFUSE, 0,
                "agent-1"), policy, MORNING);
        assertThat(sent(refuse, NegotiateRefund.class)).extracting(NegotiateRefund::kind)
                .containsExactly(NegotiationKind.ASK_TO_CANCEL);
        assertThat(sent(refuse, RefuseRefund.class)).isEmpty();

        Effects propose = file.onResolveCase(new ResolveCase(ORDER, CASE, CASE + ":G-6", AgentDecision.NEGOTIATE, 5000,
                "agent-1"), policy, MORNING);
        assertThat(sent(propose, NegotiateRefund.class)).singleElement()
                .satisfies(n -> assertThat(n.amountFen()).isEqualTo(5000));
        Effects accepted = file.onRefundModified(new RefundModified(ORDER, "R1", RefundType.REFUND_ONLY,
                RefundReason.NOT_WANTED, "不想要了", 5000, 1, DEADLINE, 3, MORNING), policy, MORNING);
        assertThat(sent(accepted, AgreeRefund.class)).singleElement().satisfies(a -> {
            assertThat(a.amountFen()).isEqualTo(5000);
            assertThat(a.ruleId()).isEqualTo("AGENT");
        });
    }
}
