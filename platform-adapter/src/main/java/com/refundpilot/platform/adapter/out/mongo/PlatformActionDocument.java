package com.refundpilot.platform.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.outbox.OutboxDocument;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One merchant action on a platform, keyed by its natural key ({@code platform:shop:refund:ACTION:version},
 * unique as {@code _id}): a duplicate command finds it and never becomes a second call. SENDING with
 * attempts &gt; 0 means an earlier attempt's outcome is unknown: re-read the platform before sending again.
 * An attempt is claimed for {@code attemptLeaseUntil}: nobody else starts one meanwhile. DEFERRED means the
 * platform was unavailable and the action waits for its next try at {@code nextAttemptAt} (a persisted timer).
 * The command's envelope is kept until the action ends, so a timer can carry it out again: still the same
 * intent, never a second one.
 */
@Document("platform_actions")
public class PlatformActionDocument extends OutboxDocument {

    public enum State { SENDING, DEFERRED, SUCCEEDED, REJECTED }

    private PlatformAction action;
    private String refundId;
    private State state;
    private int attempts;
    private String resultCode;
    private Instant updatedAt;
    private int deferrals;
    private Instant nextAttemptAt;
    private Instant attemptLeaseUntil;
    private String pendingEnvelope;

    PlatformActionDocument() {
    }

    public PlatformActionDocument(String actionKey, PlatformAction action, String refundId, Instant now) {
        super(actionKey);
        this.action = action;
        this.refundId = refundId;
        this.state = State.SENDING;
        this.updatedAt = now;
    }

    public void attempted(Instant now) {
        attempts++;
        updatedAt = now;
    }

    public void finished(State result, String code, Instant now) {
        state = result;
        resultCode = code;
        updatedAt = now;
        nextAttemptAt = null;
        attemptLeaseUntil = null;
        pendingEnvelope = null;
    }

    /** Keeps the command's envelope until the action ends, for a timer to carry it out again. */
    public void keep(String envelope) {
        pendingEnvelope = envelope;
    }

    /** Whether an attempt may start now: sending with no live claim on it, or deferred and its time has come. */
    public boolean claimable(Instant now) {
        return switch (state) {
            case SENDING -> attemptLeaseUntil == null || !now.isBefore(attemptLeaseUntil);
            case DEFERRED -> nextAttemptAt == null || !now.isBefore(nextAttemptAt);
            default -> false;
        };
    }

    /** This attempt is ours until {@code leaseUntil} (saved before any platform call). */
    public void claimed(Instant leaseUntil, Instant now) {
        state = State.SENDING;
        attemptLeaseUntil = leaseUntil;
        updatedAt = now;
    }

    /** When a waiting action should be looked at again: its next try, or when the live attempt's claim ends. */
    public Instant nextLookAt() {
        return state == State.DEFERRED ? nextAttemptAt : attemptLeaseUntil;
    }

    /** The platform could not take it now: try again at {@code next}. */
    public void deferred(Instant next, String reason, Instant now) {
        state = State.DEFERRED;
        deferrals++;
        nextAttemptAt = next;
        attemptLeaseUntil = null;
        resultCode = reason;
        updatedAt = now;
    }

    public PlatformAction getAction() {
        return action;
    }

    public String getRefundId() {
        return refundId;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getResultCode() {
        return resultCode;
    }

    public int getDeferrals() {
        return deferrals;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getAttemptLeaseUntil() {
        return attemptLeaseUntil;
    }

    public String getPendingEnvelope() {
        return pendingEnvelope;
    }
}
