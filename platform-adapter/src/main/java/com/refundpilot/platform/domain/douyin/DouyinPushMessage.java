package com.refundpilot.platform.domain.douyin;

/**
 * One message of a push batch, as read: its place in the batch, {@code tag}, {@code msg_id}, the shop and the subject
 * it is about ({@code aftersale_id}, or {@code complaint_id} for the complaint tags), the order ({@code p_id}) and the
 * IDs some tags carry ({@code message_id}, {@code negotiation_id}). The rest is read from the platform.
 */
public record DouyinPushMessage(int index, String tag, String msgId, String shopId, String afterSaleId,
        String complaintId, String orderId, String messageId, String negotiationId) {

    /** The after-sale's or the complaint's ID; empty for a message about neither. */
    public String subject() {
        if (afterSaleId != null) {
            return afterSaleId;
        }
        return complaintId != null ? complaintId : "";
    }
}
