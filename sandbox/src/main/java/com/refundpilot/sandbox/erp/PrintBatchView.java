package com.refundpilot.sandbox.erp;

import java.time.Instant;

/**
 * A shop's print-batch setting: local time and zone, and the next batch instant ({@code null} until the shop
 * has its first order, when its batch history starts).
 */
public record PrintBatchView(String shopId, String at, String zone, Instant nextBatchAt) {
}
