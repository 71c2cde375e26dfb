package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/**
 * Tell the platform an exchange's replacement is on its way (EX-1), so the receipt deadline cannot auto-refund
 * it; it took when the platform shows the exchange waiting on the buyer's confirmation.
 */
final class ConsignExchangeDecision extends PlatformDecision {

    private final ConsignExchange command;
    private final PlatformApi platform;

    ConsignExchangeDecision(ConsignExchange command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.EXCHANGE_SHIPPED;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract insists on the replacement's tracking number
    }

    @Override
    DecisionOutcome send() {
        return platform.consignExchange(command);
    }

    @Override
    boolean tookEffect() {
        return platform.exchangeConsigned(command);
    }
}
