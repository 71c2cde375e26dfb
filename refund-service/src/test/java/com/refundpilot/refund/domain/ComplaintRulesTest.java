package com.refundpilot.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** refund-sop-spec §9: complaints (CP-1, CP-3) and platform intervention (CP-2). */
class ComplaintRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");
    private static final String COMPLAINT = ORDER.caseIdOf("C1");
    private final ShopPolicy policy = ShopPolicy.defaults();

    private static ComplaintFiled lateShipment(Instant promised, Instant shipped, Long paid) {
        return new ComplaintFiled(ORDER, "C1", "LATE_SHIPMENT", NOW.plus(Duration.ofHours(48)), NOW, promised, shipped,
                paid);
    }

    private static <T> List<T> sent(Effects effects, Class<T> type) {
        return effects.messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void cp1AnOverdueShipmentIsAcceptedWithThePlatformsCompensationAndCp3CallsAPersonAtTopPriority() {
        ComplaintFiled filed = lateShipment(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)), 59900L);
        OrderFile file = OrderFile.forComplaint(filed);
        Effects fx = file.onComplaintFiled(filed, policy, NOW);

        AnswerComplaint answer = sent(fx, AnswerComplaint.class).get(0);
        assertThat(answer.answer()).isEqualTo(ComplaintAnswer.ACCEPT);
        assertThat(answer.compensationFen()).isEqualTo(17970); // 30 % of 599.00
        assertThat(sent(fx, CreateAgentTask.class)).singleElement().satisfies(t -> {
            assertThat(t.ruleId()).isEqualTo("CP-3");
            assertThat(t.priority()).isEqualTo(TaskPriority.TOP);
        });
        file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, COMPLAINT, "C1",
                PlatformAction.ACCEPT_COMPLAINT, answer.actionKey(), 17970), policy, NOW);
        assertThat(file.complaint(COMPLAINT).orElseThrow().outcome()).isEqualTo(CaseOutcome.REFUNDED);
        assertThat(file.onComplaintFiled(filed, policy, NOW).isEmpty()).as("the same complaint again").isTrue();
    }

    @Test
    void cp1AShipmentWithinThePromiseIsRejectedWithTheErpRecord() {
        ComplaintFiled filed = lateShipment(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)), 59900L);
        OrderFile file = OrderFile.forComplaint(filed);
        AnswerComplaint answer = sent(file.onComplaintFiled(filed, policy, NOW), AnswerComplaint.class).get(0);
        assertThat(answer.answer()).isEqualTo(ComplaintAnswer.REJECT);
        assertThat(answer.evidence()).isNotEmpty();
    }

    @Test
    void theCompensationStaysWithinThePlatformsBounds() {
        var rule = ComplaintRules.LateShipmentCompensation.of(Platform.TAOBAO);
        assertThat(rule.forPaid(1000L)).isEqualTo(500);
        assertThat(rule.forPaid(1_000_000L)).isEqualTo(50_000);
        assertThat(rule.forPaid(null)).isEqualTo(500);
    }

    @Test
    void cp2OnARefusedRequestUploadsTheEvidenceAndTheVerdictClosesIt() {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "x", 45900, 1,
                45900, 1, "SKU", NOW, NOW.plus(Duration.ofHours(72)), 1);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        file.onFulfilmentReported(new com.refundpilot.contracts.events.FulfilmentReported(ORDER, ORDER.caseIdOf("R1"),
                com.refundpilot.contracts.vocabulary.FulfilmentState.NOT_ALLOCATED_NOT_AUDITED, true, false, null, null),
                policy, NOW);
        Instant last = NOW.plus(Duration.ofHours(70));
        var refuse = sent(file.onDeadline(ORDER.caseIdOf("R1"), CaseTimer.LAST_RESORT, last, last, policy),
                com.refundpilot.contracts.commands.RefuseRefund.class).get(0);
        file.onPlatformActionSucceeded(new PlatformActionSucceeded(ORDER, ORDER.caseIdOf("R1"), "R1",
                PlatformAction.REFUSE, refuse.actionKey(), 0), policy, last);

        Effects intervened = file.onPlatformIntervened(new PlatformIntervened(ORDER, "R1", last.plus(Duration.ofHours(48)),
                last), policy, last);
        assertThat(sent(intervened, UploadEvidence.class)).singleElement()
                .satisfies(u -> assertThat(u.evidence()).isNotEmpty());
        assertThat(sent(intervened, CreateAgentTask.class)).extracting(CreateAgentTask::priority)
                .containsExactly(TaskPriority.TOP);
        file.onPlatformVerdict(new PlatformVerdict(ORDER, "R1", true, last), policy, last);
        assertThat(file.findCase(ORDER.caseIdOf("R1")).orElseThrow().outcome()).isEqualTo(CaseOutcome.CLOSED_BY_PLATFORM);
    }

    @Test
    void cp2WhenTheShopIsAtFaultNegotiatesInsteadOfArguing() {
        var request = new RefundRequested(ORDER, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "x", 45900, 1,
                45900, 1, "SKU", NOW, NOW.plus(Duration.ofHours(72)), 1);
        OrderFile file = OrderFile.of(request);
        file.onRefundRequested(request, policy, NOW);
        Effects intervened = file.onPlatformIntervened(new PlatformIntervened(ORDER, "R1", NOW.plus(Duration.ofHours(48)),
                NOW), policy, NOW);
        assertThat(sent(intervened, NegotiateRefund.class)).hasSize(1);
        assertThat(sent(intervened, UploadEvidence.class)).isEmpty();
    }
}
