package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/**
 * Propose a 协商 to the buyer; a partial refund must stay within what the buyer asks (checked against the
 * platform before the call). It took when the platform shows this proposal at the command's version.
 */
final class NegotiateDecision extends PlatformDecision {

    private final NegotiateRefund command;
    private final PlatformApi platform;

    NegotiateDecision(NegotiateRefund command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.NEGOTIATE;
    }

    @Override
    Optional<String> invalidBecause() {
        if (!partial()) {
            return Optional.empty();
        }
        long requested = platform.requestedFen(command);
        if (command.amountFen() < 1 || command.amountFen() > requested) {
            return Optional.of("a partial refund proposal must be 1.." + requested + " fen, was " + command.amountFen());
        }
        return Optional.empty();
    }

    @Override
    DecisionOutcome send() {
        return platform.negotiate(command);
    }

    @Override
    boolean tookEffect() {
        return platform.negotiated(command);
    }

    @Override
    long amountFen() {
        return partial() ? command.amountFen() : 0;
    }

    private boolean partial() {
        return command.kind() == NegotiationKind.PARTIAL_REFUND;
    }
}
