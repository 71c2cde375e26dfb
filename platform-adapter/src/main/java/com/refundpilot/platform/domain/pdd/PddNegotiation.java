package com.refundpilot.platform.domain.pdd;

import java.time.Instant;

/** One 协商 the merchant proposed and what the buyer did with it; amounts in fen. */
public record PddNegotiation(long negotiationId, String type, Long refundAmountFen, String message, String status,
        Instant created, Instant answeredAt, Long acceptedAmountFen) {

    public boolean isAnswered() {
        return "ACCEPTED".equals(status) || "REJECTED".equals(status);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }
}
