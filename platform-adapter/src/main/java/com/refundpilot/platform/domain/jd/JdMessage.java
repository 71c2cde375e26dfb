package com.refundpilot.platform.domain.jd;

/**
 * One message of a JD push batch: its ID (the de-duplication key), topic and shop, and what its {@code content}
 * string carries (IDs and a few facts; the bill is read for the rest).
 */
public record JdMessage(String msgId, String topic, String venderId, JdContent content) {

    public boolean aboutComplaint() {
        return JdTopics.aboutComplaint(topic);
    }

    /** The service bill's or the complaint's ID. */
    public String subject() {
        return aboutComplaint() ? content.complaintId() : content.serviceId();
    }

    /** The shop the reads are made for: the content's, else the message's. */
    public String shop() {
        return content.venderId() != null ? content.venderId() : venderId;
    }
}
