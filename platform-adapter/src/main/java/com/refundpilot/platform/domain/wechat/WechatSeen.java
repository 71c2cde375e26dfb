package com.refundpilot.platform.domain.wechat;

import java.util.List;

/**
 * What the adapter saw of one after-sale at its last push: the push carries a status only, so what changed is the
 * difference between this and the fresh read. {@code deadlineMillis} is the absolute deadline then (null: none) and
 * {@code deadlineStatus} the status it belonged to; {@code pending} the 协商 then waiting on the buyer; the flags say
 * which one-time events were published already.
 */
public record WechatSeen(
        String afterSaleId,
        String status,
        String type,
        String subType,
        long amountFen,
        int count,
        String reasonCode,
        String reasonText,
        Long deadlineMillis,
        String deadlineStatus,
        WechatNegotiation pending,
        boolean negotiatedEver,
        int buyerMediaCount,
        List<String> messageIds,
        boolean intervened,
        boolean verdictReported,
        boolean settled,
        String waybillId,
        long updateTime) {

    public WechatSeen {
        messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
    }
}
