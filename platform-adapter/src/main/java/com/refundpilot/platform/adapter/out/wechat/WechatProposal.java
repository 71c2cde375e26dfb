package com.refundpilot.platform.adapter.out.wechat;

import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.platform.domain.wechat.WechatAfterSale;
import com.refundpilot.platform.domain.wechat.WechatStatuses;

/**
 * A 协商 in merchantupdateaftersale's terms (wechat.md §3): the kind of invitation, the type and amount it proposes
 * (the application's own unless the kind changes them) and the reason code. WeChat's 协商 proposes no reason, so
 * CHANGE_REASON is an invitation to verify, like ASK_EVIDENCE; a partial refund of an exchange proposes a return.
 */
record WechatProposal(int updateType, int type, long amountFen, int reasonType) {

    static WechatProposal of(NegotiationKind kind, Long amountFen, WechatAfterSale a) {
        int own = WechatStatuses.typeNumber(a.type());
        return switch (kind) {
            case PARTIAL_REFUND -> new WechatProposal(3, own == 3 ? 2 : own, amountFen, 10);
            case CHANGE_TO_RETURN -> new WechatProposal(3, 2, a.amountFen(), 6);
            case ASK_TO_CANCEL -> new WechatProposal(1, own, a.amountFen(), 44);
            case ASK_EVIDENCE, CHANGE_REASON -> new WechatProposal(2, own, a.amountFen(), 6);
        };
    }

    static int updateTypeOf(NegotiationKind kind) {
        return switch (kind) {
            case ASK_TO_CANCEL -> 1;
            case ASK_EVIDENCE, CHANGE_REASON -> 2;
            case PARTIAL_REFUND, CHANGE_TO_RETURN -> 3;
        };
    }
}
