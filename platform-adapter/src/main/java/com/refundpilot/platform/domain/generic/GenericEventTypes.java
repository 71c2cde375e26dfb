package com.refundpilot.platform.domain.generic;

/** The push types of the generic protocol. */
public final class GenericEventTypes {

    public static final String CREATED = "after_sale.created";
    public static final String MODIFIED = "after_sale.modified";
    public static final String RETURN_SHIPPED = "after_sale.return_shipped";
    public static final String DEADLINE_CHANGED = "after_sale.deadline_changed";
    public static final String INTERVENED = "after_sale.intervened";
    public static final String REFUNDED = "after_sale.refunded";
    public static final String CLOSED = "after_sale.closed";
    public static final String BUYER_MESSAGE = "after_sale.buyer_message";
    public static final String NEGOTIATION_ANSWERED = "after_sale.negotiation_answered";
    public static final String MERCHANT_AGREED = "after_sale.merchant_agreed";
    public static final String MERCHANT_REFUSED = "after_sale.merchant_refused";
    private static final String COMPLAINT_PREFIX = "complaint.";
    public static final String COMPLAINT_CREATED = "complaint.created";
    public static final String COMPLAINT_INTERVENED = "complaint.intervened";
    public static final String COMPLAINT_DECIDED = "complaint.decided";
    public static final String COMPLAINT_DEADLINE_CHANGED = "complaint.deadline_changed";

    private GenericEventTypes() {
    }

    public static boolean aboutComplaint(String type) {
        return type.startsWith(COMPLAINT_PREFIX);
    }
}
