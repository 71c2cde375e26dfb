package com.refundpilot.notification.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.notification.domain.BuyerMessage;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A buyer message as stored: the rendered message, the command it answered (processed IDs) and the
 * {@code SendBuyerMessage} waiting to be published, in one document keyed by the message ID.
 */
@Document("buyer_messages")
public class BuyerMessageDocument extends OutboxDocument {

    private BuyerMessage message;

    BuyerMessageDocument() {
    }

    public BuyerMessageDocument(BuyerMessage message) {
        super(message.messageId());
        this.message = message;
    }

    public BuyerMessage message() {
        return message;
    }
}
