package com.refundpilot.platform.config;

import com.refundpilot.platform.application.reconcile.ReconcilePlan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platforms.jd.reconcile.*}: the reconciliation sweep over {@code jingdong.asc.sync.list}
 * (增量查询服务单信息: pages of at most 50; windows of at most a day, an assumption, docs/platform-wire-formats/jd.md §2).
 * Otherwise the settings of TaobaoReconcileProperties.
 */
@ConfigurationProperties("refundpilot.platforms.jd.reconcile")
public record JdReconcileProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration period,
        @DefaultValue("PT10M") Duration overlap,
        @DefaultValue("PT1M") Duration settle,
        @DefaultValue("50") int pageSize,
        @DefaultValue("P1D") Duration maxWindow,
        @DefaultValue("PT1H") Duration initialLookback,
        @DefaultValue("4") int maxWindowsPerRun,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("") List<String> shops) implements ReconcilePlan.Settings {

    static final Duration JD_MAX_WINDOW = Duration.ofDays(1);

    public JdReconcileProperties {
        if (pageSize < 1 || pageSize > 50) {
            throw new IllegalArgumentException("page-size must be 1..50 (jingdong.asc.sync.list pages at most 50)");
        }
        if (maxWindow.compareTo(JD_MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("max-window must be at most P1D (jingdong.asc.sync.list)");
        }
        shops = shops == null ? List.of() : shops.stream().filter(s -> !s.isBlank()).toList();
    }
}
