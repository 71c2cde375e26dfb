package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.ComplaintKind;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefundType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The model's states and kinds in JD's numeric codes (docs/platform-wire-formats/jd.md §5): the service step
 * ({@code afsServiceStep}), the customer's expectation ({@code customerExpect}), 协商 types and states, complaint
 * types and states, track-message roles.
 */
final class JdCodes {

    private JdCodes() {
    }

    /** 商家审核 22, 审核不通过 20, 商家收货 32 (before and after the goods are shipped), 用户确认 40, 完成 50, 取消 60. */
    static int step(RefundStatus status) {
        return switch (status) {
            case WAIT_SELLER_AGREE -> 22;
            case SELLER_REFUSE_BUYER -> 20;
            case WAIT_BUYER_RETURN_GOODS, WAIT_SELLER_CONFIRM_GOODS -> 32;
            case WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS -> 40;
            case SUCCESS -> 50;
            case CLOSED -> 60;
        };
    }

    static String stepName(int step) {
        return switch (step) {
            case 22 -> "商家审核";
            case 20 -> "审核不通过";
            case 32 -> "商家收货";
            case 40 -> "用户确认";
            case 50 -> "完成";
            default -> "取消";
        };
    }

    /** 10 退货, 20 换货, 80 补发, 90 仅退款 (80 and 90 are the sandbox's codes). */
    enum Expect {
        RETURN(10, "退货", RefundType.RETURN_AND_REFUND), EXCHANGE(20, "换货", RefundType.EXCHANGE),
        RESHIP(80, "补发", RefundType.RESHIP), REFUND_ONLY(90, "仅退款", RefundType.REFUND_ONLY);

        final int code;
        final String name;
        final RefundType type;

        Expect(int code, String name, RefundType type) {
            this.code = code;
            this.name = name;
            this.type = type;
        }

        static Expect of(RefundType type) {
            return Arrays.stream(values()).filter(e -> e.type == type).findFirst().orElseThrow();
        }
    }

    /** 1 部分退款, 2 改为退货, 3 请客户撤销, 4 补充凭证 (audit.waitFeedback), 5 修改原因. */
    static int feedbackType(NegotiationKind kind) {
        return switch (kind) {
            case PARTIAL_REFUND -> 1;
            case CHANGE_TO_RETURN -> 2;
            case ASK_TO_CANCEL -> 3;
            case ASK_EVIDENCE -> 4;
            case CHANGE_REASON -> 5;
        };
    }

    static Optional<NegotiationKind> negotiationKind(long feedbackType) {
        return Arrays.stream(NegotiationKind.values()).filter(k -> feedbackType(k) == feedbackType).findFirst();
    }

    /** 0 待客户反馈, 1 客户同意, 2 客户拒绝, 3 已失效. */
    static int feedbackStatus(Negotiation.State state) {
        return switch (state) {
            case PENDING -> 0;
            case ACCEPTED -> 1;
            case REJECTED -> 2;
            case LAPSED -> 3;
        };
    }

    /** Track-message author: 1 客户, 2 商家, 3 京东. */
    static int role(ChatMessage.Role role) {
        return switch (role) {
            case BUYER -> 1;
            case SELLER -> 2;
            case PLATFORM -> 3;
        };
    }

    static String title(ChatMessage.Role role) {
        return switch (role) {
            case BUYER -> "客户留言";
            case SELLER -> "商家回复";
            case PLATFORM -> "京东客服";
        };
    }

    /** 1 延迟发货, 2 服务态度, 9 其他. */
    static int complaintType(ComplaintKind kind) {
        return switch (kind) {
            case LATE_SHIPMENT -> 1;
            case SERVICE -> 2;
            case OTHER -> 9;
        };
    }

    static String complaintTypeName(ComplaintKind kind) {
        return switch (kind) {
            case LATE_SHIPMENT -> "延迟发货";
            case SERVICE -> "服务态度";
            case OTHER -> "其他";
        };
    }

    /** 1 待商家处理, 2 商家已同意, 3 商家已驳回, 4 已判定. */
    static int complaintStatus(ComplaintStatus status) {
        return switch (status) {
            case WAIT_SELLER_HANDLE -> 1;
            case SELLER_ACCEPTED -> 2;
            case SELLER_REJECTED -> 3;
            case CLOSED -> 4;
        };
    }

    static String complaintStatusName(int status) {
        return switch (status) {
            case 1 -> "待商家处理";
            case 2 -> "商家已同意";
            case 3 -> "商家已驳回";
            default -> "已判定";
        };
    }
}
