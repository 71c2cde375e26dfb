package com.refundpilot.notification.domain.report;

import java.util.Objects;

/**
 * One event's share of one shop-day, for the shop and for its SKU. {@code key} makes it count once: the
 * event's envelope ID, or a natural key where a fact may arrive in several events (the first outcome of an
 * intercept, the filing of a claim).
 */
public record Contribution(ShopDay day, String key, String sku, Tally delta) {

    /** Where cases without a SKU (producers before CaseOpened.sku) are counted. */
    public static final String UNKNOWN_SKU = "(unknown)";

    public Contribution {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(delta, "delta");
        sku = sku == null || sku.isBlank() ? UNKNOWN_SKU : sku;
    }
}
