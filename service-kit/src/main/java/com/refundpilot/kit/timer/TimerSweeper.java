package com.refundpilot.kit.timer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Fires due timers. Each one is claimed with a conditional update (PENDING → CLAIMED with a lease), so two
 * instances never fire the same timer at once; a claim whose holder died expires with its lease and is
 * taken again. Time is the injected {@link Clock}: tests and scenarios move it, nothing sleeps. It runs on a thread of
 * its own ({@code DedicatedPoller}), so no other scheduled work of the service can hold a due timer back.
 */
public class TimerSweeper {

    private static final Logger log = LoggerFactory.getLogger(TimerSweeper.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final TimerHandler handler;
    private final Duration lease;
    private final String instanceId = UUID.randomUUID().toString();
    private final Counter fired;
    private final Timer lateness;

    public TimerSweeper(MongoTemplate mongo, Clock clock, TimerHandler handler, Duration lease,
            MeterRegistry registry) {
        this.mongo = mongo;
        this.clock = clock;
        this.handler = handler;
        this.lease = lease;
        this.fired = Counter.builder("refundpilot.timers.fired").register(registry);
        this.lateness = Timer.builder("refundpilot.timers.lateness")
                .description("how long after its due time a timer fired").register(registry);
    }

    /** Fires every timer due now; returns how many fired. */
    public int sweep() {
        int count = 0;
        // A timer whose handler failed waits for the next sweep instead of spinning in this one.
        Set<String> failed = new HashSet<>();
        TimerDocument timer;
        while (count < BATCH && (timer = claimNextDue(failed)) != null) {
            if (!fire(timer)) {
                failed.add(timer.getId());
            }
            count++;
        }
        return count;
    }

    private TimerDocument claimNextDue(Set<String> skip) {
        Instant now = clock.instant();
        Query due = new Query(new Criteria().andOperator(Criteria.where("_id").nin(skip), new Criteria().orOperator(
                Criteria.where("state").is(TimerDocument.State.PENDING).and("dueAt").lte(now),
                Criteria.where("state").is(TimerDocument.State.CLAIMED).and("leaseUntil").lte(now))));
        Update claim = new Update()
                .set("state", TimerDocument.State.CLAIMED)
                .set("claimedBy", instanceId)
                .set("leaseUntil", now.plus(lease));
        return mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), TimerDocument.class);
    }

    private boolean fire(TimerDocument timer) {
        var due = new DueTimer(timer.getAggregateId(), timer.getKind(), timer.getDueAt());
        try {
            handler.onTimer(due);
            lateness.record(Duration.between(timer.getDueAt(), clock.instant()).abs());
            fired.increment();
            // Delete only our claim: a timer moved meanwhile is PENDING again and must stay.
            mongo.remove(new Query(Criteria.where("_id").is(timer.getId())
                    .and("state").is(TimerDocument.State.CLAIMED)
                    .and("claimedBy").is(instanceId)
                    .and("dueAt").is(timer.getDueAt())), TimerDocument.class);
            return true;
        } catch (RuntimeException e) {
            log.warn("timer {} failed and stays due: {}", timer.getId(), e.toString());
            mongo.updateFirst(new Query(Criteria.where("_id").is(timer.getId()).and("claimedBy").is(instanceId)),
                    new Update().set("state", TimerDocument.State.PENDING).unset("claimedBy").unset("leaseUntil"),
                    TimerDocument.class);
            return false;
        }
    }
}
