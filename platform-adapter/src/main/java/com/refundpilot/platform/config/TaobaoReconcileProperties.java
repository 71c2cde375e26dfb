package com.refundpilot.platform.config;

import com.refundpilot.platform.application.reconcile.ReconcilePlan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platforms.taobao.reconcile.*}: the reconciliation sweep over {@code taobao.refunds.receive.get}
 * for Taobao and Tmall shops. {@code period} is real time (how often a run starts); the window settings are in the
 * injected clock's time. {@code shops} / {@code tmallShops} are swept from the start; a shop any message came from
 * is swept too from then on. See {@link com.refundpilot.platform.domain.reconcile.WindowPolicy} for the windows.
 */
@ConfigurationProperties("refundpilot.platforms.taobao.reconcile")
public record TaobaoReconcileProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration period,
        @DefaultValue("PT10M") Duration overlap,
        @DefaultValue("PT1M") Duration settle,
        @DefaultValue("100") int pageSize,
        @DefaultValue("P1D") Duration maxWindow,
        @DefaultValue("PT1H") Duration initialLookback,
        @DefaultValue("4") int maxWindowsPerRun,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("") List<String> shops,
        @DefaultValue("") List<String> tmallShops) implements ReconcilePlan.Settings {

    public TaobaoReconcileProperties {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page-size must be 1..100 (taobao.refunds.receive.get takes at most 100)");
        }
        shops = shops == null ? List.of() : shops.stream().filter(s -> !s.isBlank()).toList();
        tmallShops = tmallShops == null ? List.of() : tmallShops.stream().filter(s -> !s.isBlank()).toList();
    }
}
