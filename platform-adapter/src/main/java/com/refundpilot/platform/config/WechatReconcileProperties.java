package com.refundpilot.platform.config;

import com.refundpilot.platform.application.reconcile.ReconcilePlan;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code refundpilot.platforms.wechat-channels.reconcile.*}: the reconciliation sweep over WeChat's
 * {@code getaftersalelist} by update time (settings as Taobao's, see TaobaoReconcileProperties). WeChat takes windows
 * of at most 24 hours and pages with {@code next_key} at a size it chooses, so {@code page-size} is not sent.
 * {@code shops} is the shop of the configured app (one app, one shop): the list is the app's and names no shop, so
 * only a configured shop is swept — a shop a push came from is NOT registered (in the sandbox one app serves every
 * shop, and a listed after-sale would be told under the wrong one). Empty: the sweep runs and lists nothing.
 */
@ConfigurationProperties("refundpilot.platforms.wechat-channels.reconcile")
public record WechatReconcileProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration period,
        @DefaultValue("PT10M") Duration overlap,
        @DefaultValue("PT1M") Duration settle,
        @DefaultValue("100") int pageSize,
        @DefaultValue("PT24H") Duration maxWindow,
        @DefaultValue("PT1H") Duration initialLookback,
        @DefaultValue("4") int maxWindowsPerRun,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("") List<String> shops) implements ReconcilePlan.Settings {

    public WechatReconcileProperties {
        if (maxWindow.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("max-window must be at most PT24H (getaftersalelist's limit)");
        }
        shops = shops == null ? List.of() : shops.stream().filter(s -> !s.isBlank()).toList();
    }
}
