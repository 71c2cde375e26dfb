package com.refundpilot.warehouse.adapter.out.mongo;

import com.refundpilot.kit.outbox.AggregateStore;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Warehouse orders, by {@code _id} only (the hot path on the embedded store). */
@Repository
public class WarehouseOrderRepository {

    private final AggregateStore store;

    public WarehouseOrderRepository(AggregateStore store) {
        this.store = store;
    }

    public Optional<WarehouseOrderDocument> find(String orderKey) {
        return store.find(WarehouseOrderDocument.class, orderKey);
    }

    public void save(WarehouseOrderDocument document) {
        store.save(document);
    }
}
