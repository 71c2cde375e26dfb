package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/** A message the merchant left on the refund for the buyer (taobao.refund.message.add). */
public record BuyerMessage(long id, Instant at, String text) {
}
