package com.refundpilot.platform.domain.generic;

import java.time.Instant;

/**
 * One push of the generic protocol: its ID, type and shop, and what it carries (the after-sale as it stands after
 * the change, or the complaint; a chat message or a negotiation for the types that have one).
 */
public record GenericPush(String eventId, String type, String shopId, Instant occurredAt, GenericAfterSale afterSale,
        GenericComplaint complaint, GenericChatMessage message, GenericNegotiation negotiation) {

    public boolean aboutComplaint() {
        return GenericEventTypes.aboutComplaint(type);
    }

    /** The after-sale's or the complaint's ID. */
    public String subject() {
        return aboutComplaint() ? complaint.complaintId() : afterSale.afterSaleId();
    }
}
