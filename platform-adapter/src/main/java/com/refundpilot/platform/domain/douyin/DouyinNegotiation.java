package com.refundpilot.platform.domain.douyin;

import java.time.Instant;

/**
 * One 协商 of the sandbox's assumed {@code afterSale/negotiationList}: its type (1 partial refund … 5 change reason),
 * the proposed and accepted amounts in fen, the {@code update_time} it was proposed at, and its status (0 pending,
 * 1 accepted, 2 rejected, 3 lapsed).
 */
public record DouyinNegotiation(String negotiationId, int type, Long amountFen, long proposedAtUpdateTime, int status,
        Long acceptedFen, Instant answeredAt) {

    public static final int PARTIAL_REFUND = 1;

    public boolean answered() {
        return status == 1 || status == 2;
    }

    public boolean accepted() {
        return status == 1;
    }
}
