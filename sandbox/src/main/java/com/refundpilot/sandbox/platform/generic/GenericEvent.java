package com.refundpilot.sandbox.platform.generic;

/**
 * One generic event, serialized once: every delivery sends these exact bytes (a duplicate keeps its
 * {@code eventId}). It is about an after-sale ({@code refundId}) or a complaint ({@code complaintId}).
 */
record GenericEvent(String refundId, String complaintId, String type, String eventId, byte[] body) {
}
