package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/** Agree the refund (in full or a part of it); it took when the platform shows it refunded. */
final class AgreeDecision extends PlatformDecision {

    private final AgreeRefund command;
    private final PlatformApi platform;

    AgreeDecision(AgreeRefund command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return command.partial() ? PlatformAction.AGREE_PARTIAL_REFUND : PlatformAction.AGREE_REFUND;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract keeps the amount >= 1; the platform checks the upper bound
    }

    @Override
    DecisionOutcome send() {
        return platform.agree(command);
    }

    @Override
    boolean tookEffect() {
        return platform.agreed(command);
    }

    @Override
    long amountFen() {
        return command.amountFen();
    }
}
