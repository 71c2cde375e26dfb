package com.refundpilot.sandbox.platform.pdd;

/**
 * One PDD message frame, serialized once: every delivery sends these exact bytes (a duplicate keeps its {@code id}).
 * It is about an after-sale ({@code refundId}) or a complaint ({@code complaintId}); the other is null.
 */
record PddMessage(String refundId, String complaintId, String type, String id, byte[] body) {
}
