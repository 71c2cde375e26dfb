package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.ComplaintKind;
import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.RefundAction;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundType;

/**
 * The one model's states in PDD's numbers (docs/platform-wire-formats/pdd.md §2): {@code after_sales_status},
 * the detail's and the list's {@code after_sales_type} (numbered differently), complaint types and states.
 */
final class PddStatuses {

    static final int WAIT_MERCHANT_REFUND = 2;
    static final int WAIT_MERCHANT_RETURN = 3;
    static final int MERCHANT_REFUSED = 6;
    static final int WAIT_BUYER_RETURN = 7;
    static final int PLATFORM_PROCESSING = 8;
    static final int PLATFORM_REJECTED = 9;
    static final int REFUNDED = 10;
    static final int BUYER_WITHDREW = 11;
    static final int BUYER_OVERDUE = 12;
    static final int EXCHANGE_WAIT_MERCHANT = 14;
    static final int EXCHANGE_WAIT_BUYER = 15;
    static final int EXCHANGE_WAIT_BUYER_CONFIRM = 18;

    private PddStatuses() {
    }

    /** PDD's after_sales_status of the refund as the snapshot shows it; an open intervention hides the stage. */
    static int status(RefundSnapshot refund) {
        Intervention intervention = refund.intervention();
        boolean staffHandling = intervention != null && intervention.verdict() == null;
        RefundType type = refund.terms().type();
        boolean swap = type == RefundType.EXCHANGE || type == RefundType.RESHIP;
        return switch (refund.status()) {
            case SUCCESS -> REFUNDED;
            case CLOSED -> closed(refund);
            case WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS -> EXCHANGE_WAIT_BUYER_CONFIRM;
            default -> staffHandling ? PLATFORM_PROCESSING : switch (refund.status()) {
                case WAIT_SELLER_AGREE, WAIT_SELLER_CONFIRM_GOODS -> swap ? EXCHANGE_WAIT_MERCHANT
                        : type == RefundType.RETURN_AND_REFUND ? WAIT_MERCHANT_RETURN : WAIT_MERCHANT_REFUND;
                case WAIT_BUYER_RETURN_GOODS -> swap ? EXCHANGE_WAIT_BUYER : WAIT_BUYER_RETURN;
                case SELLER_REFUSE_BUYER -> MERCHANT_REFUSED;
                default -> throw new IllegalStateException("unmapped status " + refund.status());
            };
        };
    }

    /** Staff decided for the merchant: 9; the buyer never shipped an agreed return: 12; withdrawn: 11. */
    private static int closed(RefundSnapshot refund) {
        if (refund.intervention() != null && refund.intervention().verdict() == Intervention.VerdictFor.MERCHANT) {
            return PLATFORM_REJECTED;
        }
        boolean autoClosed = refund.actions().stream().anyMatch(a -> a.action().equals(RefundAction.AUTO_CLOSE));
        return autoClosed ? BUYER_OVERDUE : BUYER_WITHDREW;
    }

    /** The detail's (and the message's bill_type) numbering: 1 refund only, 2 return, 3 exchange, 4 reship. */
    static int detailType(RefundType type) {
        return switch (type) {
            case REFUND_ONLY -> 1;
            case RETURN_AND_REFUND -> 2;
            case EXCHANGE -> 3;
            case RESHIP -> 4;
        };
    }

    /** The increment list's numbering: 1 all, 2 refund only, 3 return, 4 exchange, 5 reship. */
    static int listType(RefundType type) {
        return detailType(type) + 1;
    }

    /** 0 none, 1 staff handling, 2 decided (sandbox field). */
    static int intervention(Intervention intervention) {
        if (intervention == null) {
            return 0;
        }
        return intervention.verdict() == null ? 1 : 2;
    }

    static int complaintType(ComplaintKind kind) {
        return switch (kind) {
            case LATE_SHIPMENT -> 1;
            case SERVICE -> 2;
            case OTHER -> 3;
        };
    }

    /** 1 waiting for the merchant, 2 answered, 3 decided by staff. */
    static int complaintStatus(ComplaintSnapshot complaint) {
        return complaint.status() == ComplaintStatus.WAIT_SELLER_HANDLE ? 1
                : complaint.status() == ComplaintStatus.CLOSED ? 3 : 2;
    }
}
