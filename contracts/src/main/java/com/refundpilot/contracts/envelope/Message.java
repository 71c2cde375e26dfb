package com.refundpilot.contracts.envelope;

import com.refundpilot.contracts.vocabulary.OrderRef;

/** The payload of an envelope: an {@link Event} (a past fact) or a {@link Command} (an imperative). */
public interface Message {

    /** The order this message is about; its key orders every message of the order on one partition. */
    OrderRef order();

    /** What the message is about for readers of the envelope: the case ID where there is one. */
    default String subject() {
        return order().key();
    }
}
