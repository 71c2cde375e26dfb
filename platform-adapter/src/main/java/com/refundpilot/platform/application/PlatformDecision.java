package com.refundpilot.platform.application;

import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import java.util.Optional;

/**
 * One merchant decision to carry out on the platform: how to send it, how to tell from a re-read whether it
 * took, and how to report it. {@link PlatformActionService} runs every decision the same way; a subclass says
 * only what differs: its checks, the call and the re-read (each platform's {@code PlatformApi} knows its wire).
 */
abstract class PlatformDecision {

    private final OrderRef order;
    private final String caseId;
    private final String refundId;
    private final String actionKey;

    /** {@code refundId} is the platform's ID the decision is about: a refund's, or a complaint's. */
    PlatformDecision(OrderRef order, String caseId, String refundId, String actionKey) {
        this.order = order;
        this.caseId = caseId;
        this.refundId = refundId;
        this.actionKey = actionKey;
    }

    final String actionKey() {
        return actionKey;
    }

    final String refundId() {
        return refundId;
    }

    abstract PlatformAction action();

    /** Why the decision must not be sent at all (e.g. an amount out of range), checked before any call. */
    abstract Optional<String> invalidBecause();

    abstract DecisionOutcome send();

    /** Re-reads the platform: is this decision in effect? (May throw when the platform is unreachable.) */
    abstract boolean tookEffect();


    /** The money the decision moved, reported with its success; most decisions move none. */
    long amountFen() {
        return 0;
    }

    final Message succeeded() {
        return new PlatformActionSucceeded(order, caseId, refundId, action(), actionKey, amountFen());
    }

    final Message rejected(String code, String reason) {
        return new PlatformActionRejected(order, caseId, refundId, action(), actionKey, code, reason);
    }
}
