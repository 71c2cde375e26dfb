package com.refundpilot.platform.adapter.in.schedule;

import com.refundpilot.platform.application.reconcile.ReconciliationSweep;
import com.refundpilot.platform.application.reconcile.WechatReconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a WeChat Channels reconciliation run every
 * {@code refundpilot.platforms.wechat-channels.reconcile.period} of real time; the run
 * reads the injected clock, so a virtual clock drives its windows.
 */
@Component
@ConditionalOnProperty(name = "refundpilot.platforms.wechat-channels.reconcile.enabled", havingValue = "true",
        matchIfMissing = true)
public class WechatReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(WechatReconcileSchedule.class);

    private final ReconciliationSweep sweep;
    private final WechatReconciler wechat;

    public WechatReconcileSchedule(ReconciliationSweep sweep, WechatReconciler wechat) {
        this.sweep = sweep;
        this.wechat = wechat;
    }

    @Scheduled(fixedDelayString = "${refundpilot.platforms.wechat-channels.reconcile.period:PT30S}",
            initialDelayString = "${refundpilot.platforms.wechat-channels.reconcile.period:PT30S}")
    public void run() {
        try {
            sweep.run(wechat);
        } catch (RuntimeException storeUnavailable) {
            // A shop's failure is handled in its run; this is the store itself (a blip, or shutting down).
            log.warn("reconciliation run skipped: {}", storeUnavailable.toString());
        }
    }
}
