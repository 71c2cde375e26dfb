package com.refundpilot.platform.domain.jd;

import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.RefundType;

/**
 * JD's numeric codes and what they mean here (docs/platform-wire-formats/jd.md §5): the customer's expectation
 * (type), the service step, 协商 types, complaint kinds and answers.
 */
public final class JdCodes {

    public static final int EXPECT_RETURN = 10;
    public static final int EXPECT_EXCHANGE = 20;
    public static final int EXPECT_REPAIR = 30;
    public static final int EXPECT_RESHIP = 80;
    public static final int EXPECT_REFUND_ONLY = 90;

    /** 商家审核: the merchant's audit, the deadline runs. */
    public static final int STEP_MERCHANT_AUDIT = 22;
    /** 审核不通过. */
    public static final int STEP_REFUSED = 20;
    /** 商家收货: the customer's turn to send the goods back, then the merchant's receipt. */
    public static final int STEP_MERCHANT_RECEIPT = 32;
    /** 用户确认: an exchange's replacement was shipped. */
    public static final int STEP_CUSTOMER_CONFIRM = 40;
    /** 完成. */
    public static final int STEP_DONE = 50;
    /** 取消. */
    public static final int STEP_CANCELLED = 60;

    private JdCodes() {
    }

    /** An expectation the SOP has no type for (30 维修, unknown codes) is unmappable: the message is dropped. */
    public static RefundType typeOf(int customerExpect) {
        return switch (customerExpect) {
            case EXPECT_RETURN -> RefundType.RETURN_AND_REFUND;
            case EXPECT_EXCHANGE -> RefundType.EXCHANGE;
            case EXPECT_RESHIP -> RefundType.RESHIP;
            case EXPECT_REFUND_ONLY -> RefundType.REFUND_ONLY;
            default -> throw new IllegalArgumentException("customerExpect " + customerExpect
                    + (customerExpect == EXPECT_REPAIR ? " (维修)" : "") + " has no SOP type");
        };
    }

    /** 1 部分退款, 2 改为退货, 3 请客户撤销, 4 补充凭证 (待客户反馈), 5 修改原因. */
    public static int feedbackType(NegotiationKind kind) {
        return switch (kind) {
            case PARTIAL_REFUND -> 1;
            case CHANGE_TO_RETURN -> 2;
            case ASK_TO_CANCEL -> 3;
            case ASK_EVIDENCE -> 4;
            case CHANGE_REASON -> 5;
        };
    }

    /** 1 延迟发货 → LATE_SHIPMENT, 2 服务态度 → SERVICE, anything else OTHER. */
    public static String complaintKind(int complaintType) {
        return switch (complaintType) {
            case 1 -> "LATE_SHIPMENT";
            case 2 -> "SERVICE";
            default -> "OTHER";
        };
    }

    /** 1 同意, 2 驳回. */
    public static int answer(ComplaintAnswer answer) {
        return answer == ComplaintAnswer.ACCEPT ? 1 : 2;
    }

    /**
     * 拒绝类型 of a refund application: 2 商品已签收 when the refusal rests on a signature, 1 配送途中 when on the
     * parcel's journey, else 5 其他. The SOP's code goes along verbatim.
     */
    public static int rejectType(String reasonCode) {
        String code = reasonCode == null ? "" : reasonCode.toUpperCase(java.util.Locale.ROOT);
        if (code.contains("SIGN")) {
            return 2;
        }
        if (code.contains("INTERCEPT") || code.contains("TRANSIT")) {
            return 1;
        }
        return 5;
    }
}
