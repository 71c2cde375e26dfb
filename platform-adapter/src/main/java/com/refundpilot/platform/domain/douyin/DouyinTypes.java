package com.refundpilot.platform.domain.douyin;

import com.refundpilot.contracts.vocabulary.RefundType;
import java.util.Optional;

/**
 * {@code after_sale_type} → the canonical type: 0 退货退款, 1 售后仅退款 and 2 发货前退款 (both refund only), 3 换货,
 * 7 补寄. 4 系统取消, 5 用户取消, 6 价保 and 8 维修 are no request the SOP handles: empty, and the message is dropped.
 */
public final class DouyinTypes {

    private DouyinTypes() {
    }

    public static Optional<RefundType> of(int type) {
        return Optional.ofNullable(switch (type) {
            case 0 -> RefundType.RETURN_AND_REFUND;
            case 1, 2 -> RefundType.REFUND_ONLY;
            case 3 -> RefundType.EXCHANGE;
            case 7 -> RefundType.RESHIP;
            default -> null;
        });
    }

    /** The goods come back before the money (退货退款, 换货): their agree is the second review, 111. */
    public static boolean goodsComeBack(int type) {
        return type == 0 || type == 3;
    }
}
