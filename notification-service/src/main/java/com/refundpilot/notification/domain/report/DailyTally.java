package com.refundpilot.notification.domain.report;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A shop-day's figures as they accumulate: for the shop, per SKU, and the keys already counted. The store
 * keeps the same shape in one document and applies a contribution with one conditional update; this class
 * is that rule in plain Java (and what a stored document is read back into).
 */
public final class DailyTally {

    private final ShopDay day;
    private final Set<String> applied;
    private Tally shop;
    private final Map<String, Tally> skus;

    private DailyTally(ShopDay day, Set<String> applied, Tally shop, Map<String, Tally> skus) {
        this.day = day;
        this.applied = applied;
        this.shop = shop;
        this.skus = skus;
    }

    public static DailyTally empty(ShopDay day) {
        return new DailyTally(day, new HashSet<>(), Tally.EMPTY, new TreeMap<>());
    }

    /** A stored day read back. */
    public static DailyTally of(ShopDay day, Set<String> applied, Tally shop, Map<String, Tally> skus) {
        return new DailyTally(day, new HashSet<>(applied), shop, new TreeMap<>(skus));
    }

    /** Adds the contribution unless its key was counted already; true when it was added. */
    public boolean apply(Contribution contribution) {
        if (!contribution.day().equals(day)) {
            throw new IllegalArgumentException("contribution for " + contribution.day().id() + " applied to "
                    + day.id());
        }
        if (!applied.add(contribution.key())) {
            return false;
        }
        shop = shop.plus(contribution.delta());
        skus.merge(contribution.sku(), contribution.delta(), Tally::plus);
        return true;
    }

    public boolean hasApplied(String key) {
        return applied.contains(key);
    }

    public ShopDay day() {
        return day;
    }

    public Tally shop() {
        return shop;
    }

    /** Per SKU, sorted by SKU. */
    public Map<String, Tally> skus() {
        return Collections.unmodifiableMap(skus);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyTally t && day.equals(t.day) && shop.equals(t.shop) && skus.equals(t.skus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, shop, skus);
    }
}
