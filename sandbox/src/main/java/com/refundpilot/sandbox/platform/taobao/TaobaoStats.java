package com.refundpilot.sandbox.platform.taobao;

import java.util.Map;

/** Platform-wide counts for the oracle; {@code calls}: signed TOP calls per method. */
public record TaobaoStats(int refunds, long autoRefunds, long agreeCalls, Map<String, Long> calls) {
}
