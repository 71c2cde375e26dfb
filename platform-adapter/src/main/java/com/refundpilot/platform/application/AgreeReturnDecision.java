package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/** Agree that the buyer sends the goods back to the merchant's address; it took once the platform shows the address. */
final class AgreeReturnDecision extends PlatformDecision {

    private final AgreeReturn command;
    private final PlatformApi platform;

    AgreeReturnDecision(AgreeReturn command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.AGREE_RETURN;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract insists on province and city; the platform checks the state
    }

    @Override
    DecisionOutcome send() {
        return platform.agreeReturn(command);
    }

    @Override
    boolean tookEffect() {
        return platform.returnAgreed(command);
    }
}
