package com.refundpilot.logistics.adapter.out.mongo;

import com.refundpilot.kit.outbox.AggregateStore;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Parcels, by {@code _id} (tracking number) only: the hot path of every tracking push. */
@Repository
public class ParcelRepository {

    private final AggregateStore store;

    public ParcelRepository(AggregateStore store) {
        this.store = store;
    }

    public Optional<ParcelDocument> find(String trackingNo) {
        return store.find(ParcelDocument.class, trackingNo);
    }

    public void save(ParcelDocument document) {
        store.save(document);
    }
}
