package com.refundpilot.warehouse.adapter.out.mongo;

import com.refundpilot.kit.outbox.AggregateStore;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Return parcels, by {@code _id} = tracking number only (the hot path on the embedded store). */
@Repository
public class ExpectedReturnRepository {

    private final AggregateStore store;

    public ExpectedReturnRepository(AggregateStore store) {
        this.store = store;
    }

    public Optional<ExpectedReturnDocument> find(String trackingNo) {
        return store.find(ExpectedReturnDocument.class, trackingNo);
    }

    public void save(ExpectedReturnDocument document) {
        store.save(document);
    }
}
