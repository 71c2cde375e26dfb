package com.refundpilot.platform.domain.taobao;

import java.util.List;

/** What was fetched from the platform for one push (what the topic needs; the rest empty or null). */
public record TaobaoFacts(TaobaoRefund refund, List<TaobaoChatMessage> chat, List<TaobaoNegotiation> negotiations,
        TaobaoComplaint complaint) {

    public TaobaoFacts {
        chat = chat == null ? List.of() : List.copyOf(chat);
        negotiations = negotiations == null ? List.of() : List.copyOf(negotiations);
    }

    public static TaobaoFacts none() {
        return new TaobaoFacts(null, null, null, null);
    }

    public static TaobaoFacts of(TaobaoRefund refund) {
        return new TaobaoFacts(refund, null, null, null);
    }
}
