package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/**
 * ADR 0011: tell the platform the shipment was cancelled (once per refund, the action key says so). Most platforms
 * offer no read of it: an unclear call is then sent again on its next try, which they answer "reported already".
 */
final class ReportShipmentCancelledDecision extends PlatformDecision {

    private final ReportShipmentCancelled command;
    private final PlatformApi platform;

    ReportShipmentCancelledDecision(ReportShipmentCancelled command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.platform = platform;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.REPORT_SHIPMENT_CANCELLED;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the command checks its own fields
    }

    @Override
    DecisionOutcome send() {
        return platform.reportShipmentCancelled(command);
    }

    @Override
    boolean tookEffect() {
        return platform.shipmentCancelReported(command);
    }
}
