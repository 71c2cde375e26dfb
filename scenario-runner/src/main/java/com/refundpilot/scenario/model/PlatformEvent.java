package com.refundpilot.scenario.model;

/** What the platform pushes in a platform step (platform.event). */
public enum PlatformEvent {
    REFUND_REQUESTED, REFUND_MODIFIED, RETURN_SHIPPED, BUYER_CANCELLED, NEGOTIATION_ACCEPTED, NEGOTIATION_REJECTED, PLATFORM_INTERVENED, PLATFORM_VERDICT, COMPLAINT_FILED, DEADLINE_CHANGED;
}
