package com.refundpilot.refund.adapter.out.mongo;

import com.refundpilot.kit.outbox.AggregateStore;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Order files and the case index. Hot-path lookups are by {@code _id} only. */
@Repository
public class CaseRepository {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public CaseRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Optional<OrderFileDocument> findOrderFile(String orderKey) {
        return store.find(OrderFileDocument.class, orderKey);
    }

    public void save(OrderFileDocument document) {
        store.save(document);
    }

    public void index(CaseIndexDocument entry) {
        mongo.save(entry);
    }

    public Optional<CaseIndexDocument> findIndex(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseIndexDocument.class));
    }

    public List<CaseIndexDocument> findByPlatformRefundId(String platformRefundId, String platform, String shopId) {
        Criteria criteria = Criteria.where("platformRefundId").is(platformRefundId);
        if (platform != null) {
            criteria = criteria.and("platform").is(platform);
        }
        if (shopId != null) {
            criteria = criteria.and("shopId").is(shopId);
        }
        return mongo.find(new Query(criteria), CaseIndexDocument.class);
    }
}
