package com.refundpilot.platform.domain.wechat;

import java.util.List;

/**
 * The after-sale as getaftersaleorder shows it (docs/platform-wire-formats/wechat.md §2). Money in fen, times in
 * epoch seconds, {@code deadlineSeconds} the seconds left of the current step when it was read (0: none).
 */
public record WechatAfterSale(
        String afterSaleId,
        String orderId,
        String status,
        String type,
        String subType,
        String reasonCode,
        String reasonText,
        long amountFen,
        int count,
        String sku,
        int refundReason,
        String waybillId,
        String deliveryId,
        String deliveryName,
        WechatNegotiation pendingNegotiation,
        List<String> buyerMedia,
        String complaintId,
        long deadlineSeconds,
        long createTime,
        long updateTime) {

    public WechatAfterSale {
        buyerMedia = buyerMedia == null ? List.of() : List.copyOf(buyerMedia);
    }

    public boolean disputed() {
        return complaintId != null && !complaintId.isBlank();
    }

    public String carrier() {
        return deliveryName != null && !deliveryName.isBlank() ? deliveryName : deliveryId;
    }
}
