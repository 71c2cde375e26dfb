package com.refundpilot.notification.domain;

/** Where an agent task stands. Only OPEN is reachable today; acting on tasks resolves or cancels them. */
public enum TaskStatus {
    OPEN, RESOLVED, CANCELLED
}
