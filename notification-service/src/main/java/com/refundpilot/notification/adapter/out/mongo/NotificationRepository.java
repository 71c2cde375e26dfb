package com.refundpilot.notification.adapter.out.mongo;

import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.notification.domain.TaskStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Buyer messages and agent tasks. The command path looks up by {@code _id} only; the filtered task list
 * and the open-task count are read-side queries (a collection scan on the embedded store), never run per
 * message or per metrics scrape.
 */
@Repository
public class NotificationRepository {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public NotificationRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    public Optional<BuyerMessageDocument> findMessage(String messageId) {
        return store.find(BuyerMessageDocument.class, messageId);
    }

    /** Inserts a new message; DuplicateKeyException if a concurrent delivery stored it first. */
    public void save(BuyerMessageDocument document) {
        store.save(document);
    }

    public Optional<AgentTaskDocument> findTask(String taskId) {
        return store.find(AgentTaskDocument.class, taskId);
    }

    /** Inserts a new task; DuplicateKeyException if a concurrent delivery stored it first. */
    public void save(AgentTaskDocument document) {
        store.save(document);
    }

    /** Tasks matching every given filter (null = any), unordered. */
    public List<AgentTaskDocument> findTasks(String caseId, TaskStatus status, String shopId) {
        Criteria criteria = new Criteria();
        if (caseId != null) {
            criteria = criteria.and(AgentTaskDocument.CASE_ID).is(caseId);
        }
        if (status != null) {
            criteria = criteria.and(AgentTaskDocument.STATUS).is(status);
        }
        if (shopId != null) {
            criteria = criteria.and(AgentTaskDocument.SHOP_ID).is(shopId);
        }
        return mongo.find(new Query(criteria), AgentTaskDocument.class);
    }

    public long countTasks(TaskStatus status) {
        return mongo.count(new Query(Criteria.where(AgentTaskDocument.STATUS).is(status)), AgentTaskDocument.class);
    }
}
