package com.refundpilot.platform.domain.wechat;

import com.refundpilot.contracts.vocabulary.RefundType;
import java.util.Set;

/**
 * WeChat's after-sale and 纠纷单 states, grouped as the normalizer needs them (docs/platform-wire-formats/wechat.md
 * §5), and the after-sale types. Unknown values are not guessed at: the caller drops them with the reason.
 */
public final class WechatStatuses {

    public static final String MERCHANT_PROCESSING = "MERCHANT_PROCESSING";
    public static final String USER_WAIT_CONFIRM_UPDATE = "USER_WAIT_CONFIRM_UPDATE";
    public static final String MERCHANT_WAIT_RECEIPT = "MERCHANT_WAIT_RECEIPT";
    public static final String USER_WAIT_RETURN = "USER_WAIT_RETURN";
    public static final String USER_WAIT_RECEIPT = "USER_WAIT_RECEIPT";
    public static final String USER_CANCELD = "USER_CANCELD";

    /** The merchant refused (an echo of our own rejectapply); back to PROCESSING means the buyer re-applied. */
    public static final Set<String> REJECTED = Set.of("MERCHANT_REJECT_REFUND", "MERCHANT_REJECT_RETURN",
            "MERCHANT_REJECT_EXCHANGE", "MERCHANT_REJECT_RESHIP");
    /** The money goes (or went) to the buyer. */
    public static final Set<String> REFUNDED = Set.of("MERCHANT_REFUND_SUCCESS", "MERCHANT_RETURN_SUCCESS",
            "PLATFORM_REFUNDING");
    /** The request ended without money. */
    public static final Set<String> CLOSED = Set.of(USER_CANCELD, "RETURN_CLOSED", "MERCHANT_FAIL",
            "MERCHANT_REFUND_RETRY_FAIL");
    /** Known states that need nothing from the merchant's side of the SOP. */
    private static final Set<String> OTHER_KNOWN = Set.of(USER_WAIT_RETURN, USER_WAIT_RECEIPT,
            "MERCHANT_EXCHANGE_SUCCESS", "MERCHANT_OVERDUE_REFUND", "PLATFORM_REFUND_FAIL", "USER_WAIT_CONFIRM",
            "USER_WAIT_HANDLE_MERCHANT_AFTER_SALE", "WAIT_PACKAGE_INTERCEPT");

    /** 纠纷单 states in which platform staff handle the dispute, and those in which they finished it. */
    private static final Set<Integer> DISPUTE_OPEN = Set.of(100, 101, 103, 104, 105, 106, 107, 108, 109, 110, 111, 113,
            114, 305, 307);
    private static final Set<Integer> DISPUTE_FINISHED = Set.of(112, 115, 116);

    private WechatStatuses() {
    }

    public static boolean known(String status) {
        return status.equals(MERCHANT_PROCESSING) || status.equals(USER_WAIT_CONFIRM_UPDATE)
                || status.equals(MERCHANT_WAIT_RECEIPT) || REJECTED.contains(status) || REFUNDED.contains(status)
                || CLOSED.contains(status) || OTHER_KNOWN.contains(status);
    }

    public static boolean finished(String status) {
        return REFUNDED.contains(status) || CLOSED.contains(status);
    }

    /** The merchant's step that a deadline belongs to: answering (a 协商 does not stop it) or confirming receipt. */
    public static String merchantStep(String status) {
        if (status.equals(MERCHANT_PROCESSING) || status.equals(USER_WAIT_CONFIRM_UPDATE)) {
            return "ANSWER";
        }
        return status.equals(MERCHANT_WAIT_RECEIPT) ? "RECEIPT" : null;
    }

    public static boolean disputeOpen(int status) {
        return DISPUTE_OPEN.contains(status);
    }

    public static boolean disputeFinished(int status) {
        return DISPUTE_FINISHED.contains(status);
    }

    /** REFUND / RETURN / EXCHANGE; a REFUND with sub_type RESHIP (sandbox) is a reship request. */
    public static RefundType typeOf(String type, String subType) {
        return switch (type == null ? "" : type) {
            case "REFUND" -> "RESHIP".equals(subType) ? RefundType.RESHIP : RefundType.REFUND_ONLY;
            case "RETURN" -> RefundType.RETURN_AND_REFUND;
            case "EXCHANGE" -> RefundType.EXCHANGE;
            default -> throw new IllegalArgumentException("unknown after-sale type " + type);
        };
    }

    /** merchantupdateaftersale's type numbers: 1 退款, 2 退货退款, 3 换货. */
    public static int typeNumber(String type) {
        return switch (type == null ? "" : type) {
            case "RETURN" -> 2;
            case "EXCHANGE" -> 3;
            default -> 1;
        };
    }
}
