package com.refundpilot.platform.config;

import com.refundpilot.platform.application.reconcile.ReconcilePlan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platforms.generic.reconcile.*}: the reconciliation sweep over the generic protocol's
 * {@code GET /after-sales?shopId&updatedFrom&updatedTo} (same settings as Taobao's, see TaobaoReconcileProperties).
 */
@ConfigurationProperties("refundpilot.platforms.generic.reconcile")
public record GenericReconcileProperties(
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

    public GenericReconcileProperties {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page-size must be 1..100 (the generic list pages at most 100)");
        }
        shops = shops == null ? List.of() : shops.stream().filter(s -> !s.isBlank()).toList();
    }
}
