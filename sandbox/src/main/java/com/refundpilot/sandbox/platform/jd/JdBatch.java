package com.refundpilot.sandbox.platform.jd;

/**
 * One JD message batch, serialized once: every delivery sends these exact bytes. Its (single) message is about a
 * service bill ({@code serviceId}) or a complaint ({@code complaintId}); the other is null.
 */
record JdBatch(String serviceId, String complaintId, String topic, String msgId, byte[] body) {
}
