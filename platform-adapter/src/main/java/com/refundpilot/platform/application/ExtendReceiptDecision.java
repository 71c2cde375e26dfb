package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/** Extend the merchant's time to confirm a return's receipt (once); it took when the platform shows it extended. */
final class ExtendReceiptDecision extends PlatformDecision {

    private final ExtendReceipt command;
    private final PlatformApi platform;

    ExtendReceiptDecision(ExtendReceipt command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.EXTEND_RECEIPT;
    }

    @Override
    Optional<String> invalidBecause() {
        if (command.extension().toSeconds() < 1) {
            return Optional.of("an extension must be at least a second, was " + command.extension());
        }
        return Optional.empty();
    }

    @Override
    DecisionOutcome send() {
        return platform.extendReceipt(command);
    }

    @Override
    boolean tookEffect() {
        return platform.receiptExtended(command);
    }
}
