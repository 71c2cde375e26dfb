package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.RefundAction;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundType;
import java.util.List;
import java.util.Map;

/**
 * The model's (Taobao's) states in WeChat's words (docs/platform-wire-formats/wechat.md §5): the after-sale status
 * (a pending 协商 shows as USER_WAIT_CONFIRM_UPDATE, a closed request by why it closed), the type, the reason code,
 * why money went (refund_reason) and the 纠纷单 status of an intervention.
 */
final class WechatStatuses {

    static final String MERCHANT_PROCESSING = "MERCHANT_PROCESSING";
    static final String USER_WAIT_CONFIRM_UPDATE = "USER_WAIT_CONFIRM_UPDATE";
    static final String USER_WAIT_RETURN = "USER_WAIT_RETURN";
    static final String MERCHANT_WAIT_RECEIPT = "MERCHANT_WAIT_RECEIPT";

    /** 纠纷单: staff handle it and evidence is due (待商家补充凭证); staff finished it (调解完成). */
    static final int DISPUTE_WAITING_FOR_PROOF = 106;
    static final int DISPUTE_FINISHED = 112;

    /** The public AfterSaleReason codes; 10000008 (其他) carries the buyer's own text for the rest. */
    private static final Map<String, String> REASON_CODES = Map.of(
            "不想要了", "10000000", "缺货", "10000001", "拍错/多拍", "10000002", "发错货", "10000006",
            "未收到货", "10000007", "质量问题", "10000021", "协商一致", "10000014");
    static final String OTHER_REASON = "10000008";

    private WechatStatuses() {
    }

    static String afterSale(RefundSnapshot refund) {
        boolean negotiating = refund.negotiations().stream()
                .anyMatch(n -> n.state() == Negotiation.State.PENDING);
        boolean goodsBack = refund.terms().type().goodsReturn();
        return switch (refund.status()) {
            case WAIT_SELLER_AGREE -> negotiating ? USER_WAIT_CONFIRM_UPDATE : MERCHANT_PROCESSING;
            case WAIT_SELLER_CONFIRM_GOODS -> negotiating ? USER_WAIT_CONFIRM_UPDATE : MERCHANT_WAIT_RECEIPT;
            case WAIT_BUYER_RETURN_GOODS -> USER_WAIT_RETURN;
            case SELLER_REFUSE_BUYER -> goodsBack ? "MERCHANT_REJECT_RETURN" : "MERCHANT_REJECT_REFUND";
            case WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS -> "USER_WAIT_RECEIPT";
            case SUCCESS -> goodsBack ? "MERCHANT_RETURN_SUCCESS" : "MERCHANT_REFUND_SUCCESS";
            case CLOSED -> closed(refund.actions());
        };
    }

    /** Why it closed: the buyer never shipped (RETURN_CLOSED), staff decided for the merchant, or the buyer withdrew. */
    private static String closed(List<RefundAction> actions) {
        if (lastIs(actions, RefundAction.AUTO_CLOSE)) {
            return "RETURN_CLOSED";
        }
        if (lastIs(actions, RefundAction.PLATFORM_CLOSE)) {
            return "MERCHANT_FAIL";
        }
        return "USER_CANCELD";
    }

    /** An exchange whose buyer accepted a partial refund is money now, not a replacement: WeChat shows RETURN. */
    static String type(RefundSnapshot refund) {
        boolean settledForMoney = refund.terms().type() == RefundType.EXCHANGE && refund.negotiations().stream()
                .anyMatch(n -> n.kind() == NegotiationKind.PARTIAL_REFUND
                        && n.state() == Negotiation.State.ACCEPTED);
        return settledForMoney ? "RETURN" : type(refund.terms().type());
    }

    static String type(RefundType type) {
        return switch (type) {
            case REFUND_ONLY, RESHIP -> "REFUND";
            case RETURN_AND_REFUND -> "RETURN";
            case EXCHANGE -> "EXCHANGE";
        };
    }

    /** merchantupdateaftersale's numbers: 1 退款, 2 退货退款, 3 换货. */
    static int typeNumber(RefundType type) {
        return switch (type) {
            case REFUND_ONLY, RESHIP -> 1;
            case RETURN_AND_REFUND -> 2;
            case EXCHANGE -> 3;
        };
    }

    static String reasonCode(String reasonText) {
        return REASON_CODES.entrySet().stream().filter(e -> reasonText != null && reasonText.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(OTHER_REASON);
    }

    /** RefundReason: 3 the merchant's API agree, 9/11 the answer/receipt timed out, 5 a dispute's verdict; 0 none. */
    static int refundReason(RefundSnapshot refund) {
        if (lastIs(refund.actions(), RefundAction.PLATFORM_REFUND)) {
            return 5;
        }
        if (lastIs(refund.actions(), RefundAction.AUTO_REFUND)) {
            return refund.returnShipment() != null ? 11 : 9;
        }
        return refund.refundedFen() > 0 ? 3 : 0;
    }

    static int dispute(Intervention intervention) {
        return intervention.verdict() == null ? DISPUTE_WAITING_FOR_PROOF : DISPUTE_FINISHED;
    }

    private static boolean lastIs(List<RefundAction> actions, String action) {
        return !actions.isEmpty() && actions.get(actions.size() - 1).action().equals(action);
    }
}
