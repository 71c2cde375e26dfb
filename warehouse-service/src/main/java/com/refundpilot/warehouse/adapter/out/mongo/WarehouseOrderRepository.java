package com.refundpilot.warehouse.adapter.out.mongo;

import com.refundpilot.kit.outbox.AggregateStore;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Warehouse orders, by {@code _id} (the hot path on the embedded store); staff who name an order by its
 * platform order ID alone (a parcel weight) get a query, which the embedded store answers by a scan.
 */
@Repository
public class WarehouseOrderRepository {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public WarehouseOrderRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Optional<WarehouseOrderDocument> find(String orderKey) {
        return store.find(WarehouseOrderDocument.class, orderKey);
    }

    /** Every stored order with this platform order ID (several shops may use the same one). */
    public List<WarehouseOrderDocument> findByOrderId(String orderId) {
        return mongo.find(Query.query(Criteria.where("order.order.orderId").is(orderId)), WarehouseOrderDocument.class);
    }

    public void save(WarehouseOrderDocument document) {
        store.save(document);
    }
}
