package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/**
 * Answer a complaint: accept (with the compensation paid) or reject (with evidence, paying nothing). It took when
 * the platform shows the merchant's answer.
 */
final class AnswerComplaintDecision extends PlatformDecision {

    private final AnswerComplaint command;
    private final PlatformApi platform;

    AnswerComplaintDecision(AnswerComplaint command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.complaintId(), command.actionKey());
        this.command = command;
        this.platform = platform;
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
        return platform.answerComplaint(command);
    }

    @Override
    boolean tookEffect() {
        return platform.complaintAnswered(command);
    }

    @Override
    long amountFen() {
        return accept() ? command.compensationFen() : 0;
    }

    private boolean accept() {
        return command.answer() == ComplaintAnswer.ACCEPT;
    }
}
