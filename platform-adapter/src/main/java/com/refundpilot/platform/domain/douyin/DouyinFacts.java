package com.refundpilot.platform.domain.douyin;

import java.util.List;

/** What was read from the platform for one message: the after-sale and what its tag needs besides, or the complaint. */
public record DouyinFacts(DouyinAfterSale afterSale, List<DouyinChatMessage> chat,
        List<DouyinNegotiation> negotiations, DouyinComplaint complaint) {

    public static DouyinFacts none() {
        return new DouyinFacts(null, List.of(), List.of(), null);
    }

    public static DouyinFacts of(DouyinAfterSale afterSale) {
        return new DouyinFacts(afterSale, List.of(), List.of(), null);
    }
}
