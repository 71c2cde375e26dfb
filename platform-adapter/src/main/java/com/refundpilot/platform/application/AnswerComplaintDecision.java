package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.domain.taobao.TaobaoEvidence;
import java.util.Optional;

/**
 * taobao.rp.complaint.answer (a sandbox method, CP-1): ACCEPT with the compensation (reported as the amount), or
 * REJECT with evidence. It took when the complaint shows this answer.
 */
final class AnswerComplaintDecision extends PlatformDecision {

    private final AnswerComplaint command;
    private final TaobaoClient taobao;

    AnswerComplaintDecision(AnswerComplaint command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.complaintId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return accept() ? PlatformAction.ACCEPT_COMPLAINT : PlatformAction.REJECT_COMPLAINT;
    }

    @Override
    Optional<String> invalidBecause() {
        if (command.compensationFen() < 0) {
            return Optional.of("compensationFen must not be negative, was " + command.compensationFen());
        }
        if (!accept() && command.compensationFen() > 0) {
            return Optional.of("a rejected complaint pays no compensation, was " + command.compensationFen() + " fen");
        }
        if (!accept() && command.evidence().isEmpty()) {
            return Optional.of("a rejected complaint carries evidence");
        }
        return Optional.empty();
    }

    @Override
    DecisionOutcome send() {
        return taobao.answerComplaint(command.order().shopId(), command.complaintId(), command.answer().name(),
                command.compensationFen(), TaobaoEvidence.wire(command.evidence()), command.note());
    }

    @Override
    boolean tookEffect() {
        return command.answer().name().equals(
                taobao.getComplaint(command.order().shopId(), command.complaintId()).sellerAnswer());
    }

    @Override
    long amountFen() {
        return accept() ? command.compensationFen() : 0;
    }

    @Override
    String alreadyDoneCode() {
        return "isv.complaint-already-answered";
    }

    private boolean accept() {
        return command.answer() == ComplaintAnswer.ACCEPT;
    }
}
