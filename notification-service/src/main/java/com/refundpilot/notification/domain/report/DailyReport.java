package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.Platform;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * RP-3: one shop's day, for the shop and per SKU (most refunds first). {@code date} is the local date in
 * {@code timeZone}; a day nothing happened on is a report of zeros.
 */
public record DailyReport(Platform platform, String shopId, LocalDate date, String timeZone, Figures shop,
        List<SkuFigures> skus) {

    public record SkuFigures(String sku, Figures figures) {
    }

    /** The report of {@code tally}, with the shop's claims register for the open claims. */
    public static DailyReport of(DailyTally tally, Collection<ClaimRecord> claims, String timeZone) {
        LocalDate date = tally.day().date();
        Map<String, Long> openBySku = new HashMap<>();
        long open = 0;
        for (ClaimRecord claim : claims) {
            if (claim.openOn(date)) {
                open++;
                openBySku.merge(skuOf(claim.sku()), 1L, Long::sum);
            }
        }
        TreeSet<String> skuNames = new TreeSet<>(tally.skus().keySet());
        skuNames.addAll(openBySku.keySet());
        List<SkuFigures> skus = skuNames.stream()
                .map(sku -> new SkuFigures(sku, Figures.of(tally.skus().getOrDefault(sku, Tally.EMPTY),
                        openBySku.getOrDefault(sku, 0L))))
                .sorted(Comparator.comparingLong((SkuFigures s) -> s.figures().refunds().count()).reversed()
                        .thenComparing(SkuFigures::sku))
                .toList();
        ShopDay day = tally.day();
        return new DailyReport(day.platform(), day.shopId(), date, timeZone, Figures.of(tally.shop(), open), skus);
    }

    private static String skuOf(String sku) {
        return sku == null || sku.isBlank() ? Contribution.UNKNOWN_SKU : sku;
    }
}
