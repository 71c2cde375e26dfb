package com.refundpilot.platform.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.outbox.OutboxDocument;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One merchant action on a platform, keyed by its natural key ({@code platform:shop:refund:ACTION:version},
 * unique as {@code _id}): a duplicate command finds it and never becomes a second call. SENDING with
 * attempts &gt; 0 means an earlier attempt's outcome is unknown: re-read the platform before sending again.
 */
@Document("platform_actions")
public class PlatformActionDocument extends OutboxDocument {

    public enum State { SENDING, SUCCEEDED, REJECTED }

    private PlatformAction action;
    private String refundId;
    private State state;
    private int attempts;
    private String resultCode;
    private Instant updatedAt;

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
}
