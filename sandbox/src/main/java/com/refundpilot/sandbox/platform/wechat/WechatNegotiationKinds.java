package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.NegotiationKind;

/**
 * merchantupdateaftersale's {@code merchant_update_type} (1 邀请买家取消, 2 邀请买家核实与补充凭证, 3 修改买家售后申请) and
 * the model's negotiation kinds, both ways. Type 2 is the model's ASK_EVIDENCE (WeChat's 协商 cannot propose a reason).
 */
final class WechatNegotiationKinds {

    private WechatNegotiationKinds() {
    }

    static int updateType(NegotiationKind kind) {
        return switch (kind) {
            case ASK_TO_CANCEL -> 1;
            case ASK_EVIDENCE, CHANGE_REASON -> 2;
            case PARTIAL_REFUND, CHANGE_TO_RETURN -> 3;
        };
    }

    /** 10 仅修改退款金额, 44 协商取消售后, 6 已协商一致新退款方案 for the rest. */
    static int reasonType(NegotiationKind kind) {
        return switch (kind) {
            case PARTIAL_REFUND -> 10;
            case ASK_TO_CANCEL -> 44;
            default -> 6;
        };
    }
}
