package com.refundpilot.notification.domain;

/** What the agent decided when resolving a task (set together with status RESOLVED). */
public enum TaskResolution {
    APPROVED, REFUSED, NEGOTIATED
}
