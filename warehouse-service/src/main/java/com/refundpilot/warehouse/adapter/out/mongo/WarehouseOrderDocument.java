package com.refundpilot.warehouse.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.warehouse.domain.WarehouseOrder;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A warehouse order as stored ({@code _id = platform:shopId:orderId}, the Kafka key): the aggregate, the IDs
 * of the commands it answered and the answer events waiting to be published, in one document.
 */
@Document("warehouse_orders")
public class WarehouseOrderDocument extends OutboxDocument {

    private WarehouseOrder order;

    WarehouseOrderDocument() {
    }

    public WarehouseOrderDocument(String orderKey, WarehouseOrder order) {
        super(orderKey);
        this.order = order;
    }

    public WarehouseOrder order() {
        return order;
    }
}
