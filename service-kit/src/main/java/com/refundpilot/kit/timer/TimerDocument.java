package com.refundpilot.kit.timer;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A persisted deadline {@code {aggregateId, kind, dueAt, state}}: timers survive restarts (DL-4). Its ID is
 * {@code aggregateId + "/" + kind}, so scheduling again moves the deadline instead of adding a second one.
 */
@Document("timers")
public class TimerDocument {

    public enum State { PENDING, CLAIMED }

    @Id
    private String id;
    private String aggregateId;
    private String kind;
    private Instant dueAt;
    private State state;
    private String claimedBy;
    private Instant leaseUntil;

    TimerDocument() {
    }

    public String getId() {
        return id;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public String getKind() {
        return kind;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public State getState() {
        return state;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    static String idOf(String aggregateId, String kind) {
        return aggregateId + "/" + kind;
    }
}
