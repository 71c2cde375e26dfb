package com.refundpilot.platform.domain.pdd;

import java.util.List;

/** What was read for one message: the after-sale, its chat or negotiations, or the complaint (null if not read). */
public record PddFacts(PddAfterSale afterSale, List<PddChatMessage> chat, List<PddNegotiation> negotiations,
        PddComplaint complaint) {

    public static PddFacts none() {
        return new PddFacts(null, null, null, null);
    }

    public static PddFacts of(PddAfterSale afterSale) {
        return new PddFacts(afterSale, null, null, null);
    }
}
