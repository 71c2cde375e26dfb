package com.refundpilot.platform.config;

import com.refundpilot.platform.application.reconcile.ReconcilePlan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platforms.pinduoduo.reconcile.*}: the reconciliation sweep over
 * {@code pdd.refund.list.increment.get}, whose windows span at most 30 minutes and whose pages hold at most 100
 * (docs/platform-wire-formats/pdd.md §2). Otherwise the settings of TaobaoReconcileProperties.
 */
@ConfigurationProperties("refundpilot.platforms.pinduoduo.reconcile")
public record PinduoduoReconcileProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration period,
        @DefaultValue("PT10M") Duration overlap,
        @DefaultValue("PT1M") Duration settle,
        @DefaultValue("100") int pageSize,
        @DefaultValue("PT30M") Duration maxWindow,
        @DefaultValue("PT1H") Duration initialLookback,
        @DefaultValue("8") int maxWindowsPerRun,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("") List<String> shops) implements ReconcilePlan.Settings {

    /** The longest window pdd.refund.list.increment.get takes. */
    static final Duration PDD_MAX_WINDOW = Duration.ofMinutes(30);

    public PinduoduoReconcileProperties {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page-size must be 1..100 (pdd.refund.list.increment.get pages at most 100)");
        }
        if (maxWindow.compareTo(PDD_MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("max-window must be at most PT30M (pdd.refund.list.increment.get)");
        }
        shops = shops == null ? List.of() : shops.stream().filter(s -> !s.isBlank()).toList();
    }
}
