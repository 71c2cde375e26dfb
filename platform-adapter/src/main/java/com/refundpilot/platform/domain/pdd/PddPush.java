package com.refundpilot.platform.domain.pdd;

/**
 * One PDD message frame as read: the frame's {@code id} (the de-duplication key), the message type, the mall and
 * what the content names. IDs only — no status, no deadline — so the adapter reads the rest. {@code refundFeeFen}
 * is the message's amount (the refunded one on RefundAgreeAgreement), null when absent.
 */
public record PddPush(String id, String type, String mallId, String refundId, String complaintId, String tid,
        Integer billType, Long refundFeeFen, Long modified, Long messageId, Long negotiationId) {

    /** The after-sale's or the complaint's ID. */
    public String subject() {
        return complaintId != null ? complaintId : refundId;
    }
}
