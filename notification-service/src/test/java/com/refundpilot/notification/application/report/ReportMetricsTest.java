package com.refundpilot.notification.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.notification.domain.report.Contribution;
import com.refundpilot.notification.domain.report.DailyTally;
import com.refundpilot.notification.domain.report.Figures;
import com.refundpilot.notification.domain.report.Measure;
import com.refundpilot.notification.domain.report.ShopDay;
import com.refundpilot.notification.domain.report.Tally;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The names ops/prometheus/alerts.yml and the Grafana dashboard query, as Prometheus exports them. */
class ReportMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ReportMetrics metrics = new ReportMetrics(registry);
    private final ShopDay day = new ShopDay(Platform.TAOBAO, "shop-1", LocalDate.parse("2026-11-11"));

    @Test
    void aKnownShopIsScrapedAtZeroBeforeItsFirstLoss() {
        metrics.shopKnown(Platform.TAOBAO, "shop-1");

        assertThat(registry.scrape()).contains(
                "refundpilot_report_losses_total{platform=\"TAOBAO\",shop=\"shop-1\"} 0.0",
                "refundpilot_report_intercepts_total{platform=\"TAOBAO\",result=\"succeeded\",shop=\"shop-1\"} 0.0",
                "refundpilot_report_refunds_total{automated=\"true\",platform=\"TAOBAO\",shop=\"shop-1\"} 0.0",
                "refundpilot_report_today_intercept_success_rate{platform=\"TAOBAO\",shop=\"shop-1\"} NaN");
    }

    @Test
    void aCountedContributionMovesTheMetersTheDashboardsRead() {
        Tally delta = Tally.builder().one(Measure.REFUNDS).one(Measure.AUTO_APPROVED).add(Measure.REFUNDED_FEN, 59_900)
                .one(Measure.LOSSES).add(Measure.LOSS_FEN, 59_900).one(Measure.INTERCEPTS_REQUESTED)
                .one(Measure.INTERCEPTS_SUCCEEDED).one(Measure.CLAIMS_FILED).refundTime(Duration.ofMinutes(2)).build();
        Contribution contribution = new Contribution(day, "e1", "SKU-1", delta);
        metrics.counted(contribution);
        DailyTally tally = DailyTally.empty(day);
        tally.apply(contribution);
        metrics.today(Platform.TAOBAO, "shop-1", Figures.of(tally.shop(), 0));

        String scrape = registry.scrape();
        assertThat(scrape).contains(
                "refundpilot_report_losses_total{platform=\"TAOBAO\",shop=\"shop-1\"} 1.0",
                "refundpilot_report_loss_fen_total{platform=\"TAOBAO\",shop=\"shop-1\"} 59900.0",
                "refundpilot_report_refunds_total{automated=\"true\",platform=\"TAOBAO\",shop=\"shop-1\"} 1.0",
                "refundpilot_report_refunds_total{automated=\"false\",platform=\"TAOBAO\",shop=\"shop-1\"} 0.0",
                "refundpilot_report_intercepts_total{platform=\"TAOBAO\",result=\"requested\",shop=\"shop-1\"} 1.0",
                "refundpilot_report_claims_total{platform=\"TAOBAO\",shop=\"shop-1\",status=\"filed\"} 1.0",
                "refundpilot_report_today_intercept_success_rate{platform=\"TAOBAO\",shop=\"shop-1\"} 1.0",
                "refundpilot_report_today_auto_approval_rate{platform=\"TAOBAO\",shop=\"shop-1\"} 1.0",
                "refundpilot_report_today_median_time_to_refund_seconds{platform=\"TAOBAO\",shop=\"shop-1\"} 120.0",
                "refundpilot_report_time_to_refund_seconds_bucket{");
    }
}
