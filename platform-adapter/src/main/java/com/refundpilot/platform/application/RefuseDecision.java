package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/** Refuse the request with the reason and the proof (G-6); it took when the platform shows it refused. */
final class RefuseDecision extends PlatformDecision {

    private final RefuseRefund command;
    private final PlatformApi platform;

    RefuseDecision(RefuseRefund command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.REFUSE;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract already insists on a reason and at least one piece of evidence
    }

    @Override
    DecisionOutcome send() {
        return platform.refuse(command);
    }

    @Override
    boolean tookEffect() {
        return platform.refused(command);
    }
}
