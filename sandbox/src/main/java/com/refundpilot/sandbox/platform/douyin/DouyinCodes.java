package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.ComplaintKind;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefundType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one refund model in Douyin's numbers: {@code after_sale_status}, {@code after_sale_type}, the 协商 types of the
 * sandbox's assumed {@code afterSale/negotiate} and the complaint codes (docs/platform-wire-formats/douyin.md §3).
 */
final class DouyinCodes {

    static final int WAITING_MERCHANT = 6;
    static final int WAITING_BUYER_RETURN = 7;
    static final int RETURN_SHIPPED = 11;
    static final int SUCCEEDED = 12;
    static final int EXCHANGE_SHIPPED = 13;
    static final int REFUSED = 27;
    static final int CLOSED = 28;
    static final int REFUSED_AFTER_RETURN = 29;

    private DouyinCodes() {
    }

    /** A refusal is 27 before the return shipped, 29 after (二审拒绝). */
    static int status(RefundSnapshot refund) {
        RefundStatus status = refund.status();
        return switch (status) {
            case WAIT_SELLER_AGREE -> WAITING_MERCHANT;
            case WAIT_BUYER_RETURN_GOODS -> WAITING_BUYER_RETURN;
            case WAIT_SELLER_CONFIRM_GOODS -> RETURN_SHIPPED;
            case SELLER_REFUSE_BUYER -> refund.returnShipment() == null ? REFUSED : REFUSED_AFTER_RETURN;
            case WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS -> EXCHANGE_SHIPPED;
            case SUCCESS -> SUCCEEDED;
            case CLOSED -> CLOSED;
        };
    }

    static String statusText(int status) {
        return switch (status) {
            case WAITING_MERCHANT -> "售后申请";
            case WAITING_BUYER_RETURN -> "售后退货中";
            case RETURN_SHIPPED -> "售后已发货";
            case SUCCEEDED -> "售后成功";
            case EXCHANGE_SHIPPED -> "换货商家已发货，待用户收货";
            case REFUSED -> "拒绝售后申请";
            case REFUSED_AFTER_RETURN -> "售后退货拒绝";
            default -> "售后失败";
        };
    }

    /** 0 退货退款, 1 售后仅退款, 3 换货, 7 补寄: the sandbox files every refund-only request as 1. */
    static int type(RefundType type) {
        return switch (type) {
            case RETURN_AND_REFUND -> 0;
            case REFUND_ONLY -> 1;
            case EXCHANGE -> 3;
            case RESHIP -> 7;
        };
    }

    static String typeText(RefundType type) {
        return switch (type) {
            case RETURN_AND_REFUND -> "退货退款";
            case REFUND_ONLY -> "仅退款";
            case EXCHANGE -> "换货";
            case RESHIP -> "补寄";
        };
    }

    /** Sandbox assumption: 1 partial refund, 2 change to a return, 3 invite to cancel, 4 ask evidence, 5 change reason. */
    static int negotiateType(NegotiationKind kind) {
        return kind.ordinal() + 1;
    }

    static Optional<NegotiationKind> negotiationKind(long code) {
        return Arrays.stream(NegotiationKind.values()).filter(k -> negotiateType(k) == code).findFirst();
    }

    static int complaintType(ComplaintKind kind) {
        return switch (kind) {
            case LATE_SHIPMENT -> 1;
            case SERVICE -> 2;
            case OTHER -> 3;
        };
    }

    static int complaintStatus(ComplaintStatus status) {
        return switch (status) {
            case WAIT_SELLER_HANDLE -> 1;
            case SELLER_ACCEPTED, SELLER_REJECTED -> 2;
            case CLOSED -> 3;
        };
    }
}
