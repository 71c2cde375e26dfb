package com.refundpilot.platform.domain.jd;

import java.time.Instant;
import java.util.List;

/**
 * A JD service bill as {@code jingdong.asc.query.view} shows it (docs/platform-wire-formats/jd.md §2): money in
 * fen, times as instants; {@code processExpireTime} is the merchant's deadline while one binds, else null;
 * {@code refundApplyStatus} the refund application's status (refund-only bills), else null.
 */
public record JdBill(
        String serviceId,
        String orderId,
        String buId,
        int customerExpect,
        int afsServiceStep,
        long sysVersion,
        Integer questionTypeCid1,
        String questionTypeName,
        long applyRefundSumFen,
        long refundSumFen,
        int serviceCount,
        int orderWareNum,
        long orderPaymentFen,
        String outerSkuId,
        Instant afsApplyTime,
        Instant modifiedTime,
        Instant processExpireTime,
        String returnCompany,
        String returnExpressCode,
        boolean returnAddressGiven,
        boolean receiveExtended,
        Integer refundApplyStatus,
        JdIntervene intervene,
        List<JdTrackMessage> messages,
        List<JdFeedback> feedbacks,
        List<String> evidences) {

    public JdBill {
        messages = messages == null ? List.of() : List.copyOf(messages);
        feedbacks = feedbacks == null ? List.of() : List.copyOf(feedbacks);
        evidences = evidences == null ? List.of() : List.copyOf(evidences);
    }

    public boolean refundOnly() {
        return customerExpect == JdCodes.EXPECT_REFUND_ONLY;
    }

    public boolean waitsForAudit() {
        return afsServiceStep == JdCodes.STEP_MERCHANT_AUDIT;
    }

    /** JD staff decided the dispute: its end is their verdict. */
    public boolean decidedByPlatform() {
        return intervene != null && intervene.decided();
    }
}
