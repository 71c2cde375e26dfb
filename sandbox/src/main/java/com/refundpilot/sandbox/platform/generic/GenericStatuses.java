package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;

/** The model's (Taobao's) states in the generic protocol's words. */
final class GenericStatuses {

    private GenericStatuses() {
    }

    static String afterSale(RefundStatus status) {
        return switch (status) {
            case WAIT_SELLER_AGREE -> "WAITING_MERCHANT";
            case WAIT_BUYER_RETURN_GOODS -> "WAITING_BUYER_RETURN";
            case WAIT_SELLER_CONFIRM_GOODS -> "WAITING_MERCHANT_RECEIPT";
            case SELLER_REFUSE_BUYER -> "MERCHANT_REFUSED";
            case WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS -> "WAITING_BUYER_CONFIRM";
            case SUCCESS -> "REFUNDED";
            case CLOSED -> "CLOSED";
        };
    }

    /** The merchant answered (accepted or rejected): ANSWERED; staff decided: CLOSED. */
    static String complaint(ComplaintStatus status) {
        return switch (status) {
            case WAIT_SELLER_HANDLE -> "WAITING_MERCHANT";
            case SELLER_ACCEPTED, SELLER_REJECTED -> "ANSWERED";
            case CLOSED -> "CLOSED";
        };
    }

    static String intervention(Intervention intervention) {
        if (intervention == null) {
            return "NONE";
        }
        return intervention.verdict() == null ? "INTERVENED" : "DECIDED";
    }

    static String from(ChatMessage.Role role) {
        return switch (role) {
            case BUYER -> "BUYER";
            case SELLER -> "MERCHANT";
            case PLATFORM -> "PLATFORM";
        };
    }
}
