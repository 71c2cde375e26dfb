package com.refundpilot.sandbox.platform.taobao;

import java.util.List;

/**
 * What the buyer means in a chat message (the scenario vocabulary) and how buyers actually write it: the
 * sandbox writes natural text, so the merchant's side has to read it, as it would on the real platform.
 */
public enum BuyerSays {
    RECEIVED(List.of("收到了", "东西已经收到了，谢谢", "快递昨天就签收了，收到货了")),
    NOT_RECEIVED(List.of("没有收到货", "我没收到啊，快递显示签收了但我没拿到", "一直未收到商品")),
    WANTS_RESHIP(List.of("麻烦给我补发一个", "能不能重新发一个给我", "请帮我补寄一下")),
    WANTS_REFUND(List.of("我要退款", "直接给我退钱吧", "不用补发了，给我退款就行"));

    private final List<String> phrasings;

    BuyerSays(List<String> phrasings) {
        this.phrasings = phrasings;
    }

    /** Deterministic variety: the n-th message of a refund uses the n-th phrasing. */
    String phrasing(int n) {
        return phrasings.get(Math.floorMod(n, phrasings.size()));
    }
}
