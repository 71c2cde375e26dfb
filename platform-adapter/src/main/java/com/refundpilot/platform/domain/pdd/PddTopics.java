package com.refundpilot.platform.domain.pdd;

/**
 * PDD's message types (docs/platform-wire-formats/pdd.md §1) and what each needs read. Only RefundCreated,
 * RefundAgreeAgreement and RefundClosed are PDD's published types; the others are the sandbox's.
 */
public final class PddTopics {

    public static final String REFUND_CREATED = "pdd_refund_RefundCreated";
    public static final String REFUND_AGREE_AGREEMENT = "pdd_refund_RefundAgreeAgreement";
    public static final String REFUND_CLOSED = "pdd_refund_RefundClosed";
    public static final String BUYER_MODIFY = "pdd_refund_RefundBuyerModifyAgreement";
    public static final String BUYER_RETURN_GOODS = "pdd_refund_RefundBuyerReturnGoods";
    public static final String TIMEOUT_CHANGED = "pdd_refund_RefundTimeoutChanged";
    public static final String PLATFORM_INTERVENED = "pdd_refund_RefundPlatformIntervened";
    public static final String CREATE_MESSAGE = "pdd_refund_RefundCreateMessage";
    public static final String NEGOTIATION_ANSWERED = "pdd_refund_RefundNegotiationAnswered";
    public static final String COMPLAINT_CREATED = "pdd_complaint_ComplaintCreated";
    public static final String COMPLAINT_INTERVENED = "pdd_complaint_ComplaintIntervened";
    public static final String COMPLAINT_DECIDED = "pdd_complaint_ComplaintDecided";
    public static final String COMPLAINT_TIMEOUT_CHANGED = "pdd_complaint_ComplaintTimeoutChanged";

    /** What must be read before a message can be normalized. */
    public enum Need { NOTHING, AFTER_SALE, AFTER_SALE_AND_CHAT, AFTER_SALE_AND_NEGOTIATIONS, COMPLAINT }

    private PddTopics() {
    }

    public static boolean aboutComplaint(String type) {
        return type.startsWith("pdd_complaint_");
    }

    public static Need needOf(String type) {
        return switch (type) {
            case REFUND_CREATED, REFUND_AGREE_AGREEMENT, REFUND_CLOSED, BUYER_MODIFY, BUYER_RETURN_GOODS,
                    TIMEOUT_CHANGED, PLATFORM_INTERVENED -> Need.AFTER_SALE;
            case CREATE_MESSAGE -> Need.AFTER_SALE_AND_CHAT;
            case NEGOTIATION_ANSWERED -> Need.AFTER_SALE_AND_NEGOTIATIONS;
            case COMPLAINT_CREATED, COMPLAINT_INTERVENED, COMPLAINT_DECIDED, COMPLAINT_TIMEOUT_CHANGED ->
                    Need.COMPLAINT;
            default -> Need.NOTHING;
        };
    }
}
