package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * Deliver a rendered message to the buyer through the platform's refund chat; once per {@code messageId}. A platform
 * that cannot take it now may get it later, until {@code deliverBy}: a message is worth sending only while it
 * still fits the conversation.
 */
public record SendBuyerMessage(OrderRef order, String caseId, String refundId, String messageId, String text,
        Instant deliverBy) implements Command, CaseMessage, DeliveryDeadline {

    public SendBuyerMessage {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.text(messageId, "messageId");
        Require.text(text, "text");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}): tried once, as before. */
    public SendBuyerMessage(OrderRef order, String caseId, String refundId, String messageId, String text) {
        this(order, caseId, refundId, messageId, text, null);
    }
}
