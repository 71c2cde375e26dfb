package com.refundpilot.sandbox.platform.taobao;

/**
 * The buyer writes in the refund's chat (control API): {@code says} picks a natural phrasing, {@code text}
 * (when given) is used verbatim; one of the two is required. {@code photos} attaches photo URLs.
 */
public record BuyerMessageRequest(BuyerSays says, String text, Boolean photos) {
}
