package com.refundpilot.platform.config;

import com.refundpilot.platform.application.reconcile.ReconcilePlan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platforms.douyin.reconcile.*}: the reconciliation sweep over Douyin's {@code afterSale/List} by
 * update time (settings as Taobao's, see TaobaoReconcileProperties). The public SDK models name no page-size limit;
 * 100 is kept as the other platforms' (docs/platform-wire-formats/douyin.md §6).
 */
@ConfigurationProperties("refundpilot.platforms.douyin.reconcile")
public record DouyinReconcileProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration period,
        @DefaultValue("PT10M") Duration overlap,
        @DefaultValue("PT1M") Duration settle,
        @DefaultValue("100") int pageSize,
        @DefaultValue("P1D") Duration maxWindow,
        @DefaultValue("PT1H") Duration initialLookback,
        @DefaultValue("4") int maxWindowsPerRun,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("") List<String> shops) implements ReconcilePlan.Settings {

    public DouyinReconcileProperties {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page-size must be 1..100");
        }
        shops = shops == null ? List.of() : shops.stream().filter(s -> !s.isBlank()).toList();
    }
}
