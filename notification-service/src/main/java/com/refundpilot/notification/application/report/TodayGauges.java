package com.refundpilot.notification.application.report;

import com.refundpilot.contracts.vocabulary.Platform;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the {@code refundpilot.report.today.*} gauges from the report of the current local day: one read
 * by {@code _id} per known shop, on a schedule, so a scrape never touches the store.
 */
@Component
public class TodayGauges {

    private static final Logger log = LoggerFactory.getLogger(TodayGauges.class);

    private final ShopRegistry shops;
    private final ReportQueries queries;
    private final ReportMetrics metrics;

    public TodayGauges(ShopRegistry shops, ReportQueries queries, ReportMetrics metrics) {
        this.shops = shops;
        this.queries = queries;
        this.metrics = metrics;
    }

    @Scheduled(initialDelayString = "${refundpilot.reports.gauge-interval:PT30S}",
            fixedDelayString = "${refundpilot.reports.gauge-interval:PT30S}")
    public void refresh() {
        try {
            LocalDate today = queries.today();
            for (String key : shops.knownShopKeys()) {
                String[] shop = key.split(":", 2);
                Platform platform = Platform.valueOf(shop[0]);
                metrics.today(platform, shop[1], queries.shopFiguresWithoutClaims(platform, shop[1], today));
            }
        } catch (RuntimeException e) {
            log.warn("report gauges not refreshed: {}", e.toString());
        }
    }
}
