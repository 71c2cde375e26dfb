package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * The buyer wrote in the refund's chat. {@code intent} is platform-adapter's reading of the text (OTHER when
 * unclear); {@code text} is the message as written (free text: never logged unmasked).
 */
public record BuyerReplied(OrderRef order, String refundId, BuyerIntent intent, String text, boolean photos,
        Instant at) implements Event, CaseMessage {

    public BuyerReplied {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.present(intent, "intent");
        Require.present(at, "at");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
