package com.refundpilot.platform.domain.jd;

import java.time.Instant;

/**
 * A 协商 the merchant proposed (待客户反馈 and the sandbox's other proposals): {@code feedbackType} (JdCodes), the
 * proposed refund for type 1, the bill's {@code sysVersion} it was made at, {@code status} 0 待客户反馈, 1 同意,
 * 2 拒绝, 3 已失效, and what the buyer accepted.
 */
public record JdFeedback(String feedbackId, int feedbackType, Long refundSumFen, long sysVersion, int status,
        Instant answered, Long acceptedSumFen) {

    public boolean accepted() {
        return status == 1;
    }

    public boolean isAnswered() {
        return status == 1 || status == 2;
    }
}
