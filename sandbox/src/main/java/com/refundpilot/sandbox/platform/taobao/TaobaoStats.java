package com.refundpilot.sandbox.platform.taobao;

/** Platform-wide counts for the oracle. */
public record TaobaoStats(int refunds, long autoRefunds, long agreeCalls) {
}
