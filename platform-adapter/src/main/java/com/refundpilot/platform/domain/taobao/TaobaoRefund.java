package com.refundpilot.platform.domain.taobao;

/**
 * The refund object of {@code taobao.refund.get}, as strings from the wire; {@link TaobaoRefundNormalizer}
 * turns it into canonical events. {@code csStatus}: 1 no platform staff, 3 intervened, 6 staff decided.
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
        String timeout,
        String companyName,
        String sid,
        int csStatus,
        String csEvidenceTimeout) {

    /** Without return waybill and platform staff (the fields of the first protocol version). */
    public TaobaoRefund(String refundId, String tid, String status, String billType, boolean reship, String refundFee,
            String totalFee, int num, int orderNum, String outerId, String reason, String sellerNick, String created,
            String modified, long refundVersion, boolean timeoutExists, String timeout) {
        this(refundId, tid, status, billType, reship, refundFee, totalFee, num, orderNum, outerId, reason, sellerNick,
                created, modified, refundVersion, timeoutExists, timeout, null, null, 1, null);
    }

    public static final int CS_DECIDED = 6;

    /** Platform staff decided the dispute (小二处理完成). */
    public boolean decidedByPlatform() {
        return csStatus == CS_DECIDED;
    }
}
