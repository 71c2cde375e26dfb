package com.refundpilot.kit.timer;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Schedules, moves and cancels persisted timers. Write the timer BEFORE the aggregate that relies on it: a
 * crash in between leaves at most a spurious firing, which the handler ignores, never a missing deadline.
 */
public class TimerStore {

    private final MongoTemplate mongo;

    public TimerStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the timer or moves it to {@code dueAt} (moving a deadline = updating {@code dueAt}). */
    public void schedule(String aggregateId, String kind, Instant dueAt) {
        mongo.upsert(byId(aggregateId, kind), new Update()
                .set("aggregateId", aggregateId)
                .set("kind", kind)
                .set("dueAt", dueAt)
                .set("state", TimerDocument.State.PENDING)
                .unset("claimedBy")
                .unset("leaseUntil"), TimerDocument.class);
    }

    public void cancel(String aggregateId, String kind) {
        mongo.remove(byId(aggregateId, kind), TimerDocument.class);
    }

    public TimerDocument find(String aggregateId, String kind) {
        return mongo.findOne(byId(aggregateId, kind), TimerDocument.class);
    }

    /** Timers due at or before {@code now} that nobody holds: the quiescence probe's question. */
    public long countDue(Instant now) {
        return mongo.count(new Query(Criteria.where("dueAt").lte(now)), TimerDocument.class);
    }

    private static Query byId(String aggregateId, String kind) {
        return new Query(Criteria.where("_id").is(TimerDocument.idOf(aggregateId, kind)));
    }
}
