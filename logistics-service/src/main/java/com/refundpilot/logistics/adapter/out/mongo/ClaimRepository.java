package com.refundpilot.logistics.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.logistics.domain.claim.Claim;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Claims by {@code _id}, by the courier's reference (settlement pushes carry only that), and the register's lists. */
@Repository
public class ClaimRepository {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public ClaimRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Optional<ClaimDocument> find(String claimId) {
        return store.find(ClaimDocument.class, claimId);
    }

    public Optional<ClaimDocument> findByCourierReference(String courierReference) {
        return Optional.ofNullable(mongo.findOne(
                new Query(Criteria.where("claim.courierReference").is(courierReference)), ClaimDocument.class));
    }

    public void save(ClaimDocument document) {
        store.save(document);
    }

    /** Claims, oldest first, optionally of one status and one shop. */
    public List<Claim> list(ClaimStatus status, String shopId) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("claim.status").is(status.name());
        }
        if (shopId != null) {
            criteria = criteria.and("claim.order.shopId").is(shopId);
        }
        Query query = new Query(criteria).with(Sort.by("claim.filedAt", "_id"));
        return mongo.find(query, ClaimDocument.class).stream().map(ClaimDocument::claim).toList();
    }
}
