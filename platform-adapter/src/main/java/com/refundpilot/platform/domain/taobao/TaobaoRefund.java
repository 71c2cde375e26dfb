package com.refundpilot.platform.domain.taobao;

/**
 * The refund object of {@code taobao.refund.get}, as strings from the wire; {@link TaobaoRefundNormalizer}
 * turns it into canonical events.
 */
public record TaobaoRefund(
        String refundId,
        String tid,
        String status,
        String billType,
        boolean reship,
        String refundFee,
        String totalFee,
        int num,
        int orderNum,
        String outerId,
        String reason,
        String sellerNick,
        String created,
        String modified,
        long refundVersion,
        boolean timeoutExists,
        String timeout) {
}
