package com.refundpilot.kit.timer;

import java.time.Instant;

/** A timer whose time has come, handed to the service's {@link TimerHandler}. */
public record DueTimer(String aggregateId, String kind, Instant dueAt) {

    /** Identifies this firing: a moved timer fires again under a new key, a repeated firing does not. */
    public String firingKey() {
        return "timer:" + aggregateId + "/" + kind + "@" + dueAt.toEpochMilli();
    }
}
