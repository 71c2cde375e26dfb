package com.refundpilot.refund.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.refund.domain.OrderFile;
import org.springframework.data.mongodb.core.mapping.Document;

/** An order file as stored: the aggregate, its processed message IDs and its outbox, in one document. */
@Document("order_files")
public class OrderFileDocument extends OutboxDocument {

    private OrderFile file;

    OrderFileDocument() {
    }

    public OrderFileDocument(OrderFile file) {
        super(file.order().key());
        this.file = file;
    }

    public OrderFile file() {
        return file;
    }
}
