package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;

/** Deliver a rendered message to the buyer through the platform's refund chat; once per {@code messageId}. */
public record SendBuyerMessage(OrderRef order, String caseId, String refundId, String messageId, String text)
        implements Command, CaseMessage {

    public SendBuyerMessage {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.text(messageId, "messageId");
        Require.text(text, "text");
    }
}
