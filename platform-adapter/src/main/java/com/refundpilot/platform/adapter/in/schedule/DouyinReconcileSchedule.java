package com.refundpilot.platform.adapter.in.schedule;

import com.refundpilot.platform.application.reconcile.ReconciliationSweep;
import com.refundpilot.platform.application.reconcile.DouyinReconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a Douyin reconciliation run every {@code refundpilot.platforms.douyin.reconcile.period} of real time;
 * the run reads the injected clock, so a virtual clock drives its windows.
 */
@Component
@ConditionalOnProperty(name = "refundpilot.platforms.douyin.reconcile.enabled", havingValue = "true",
        matchIfMissing = true)
public class DouyinReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(DouyinReconcileSchedule.class);

    private final ReconciliationSweep sweep;
    private final DouyinReconciler douyin;

    public DouyinReconcileSchedule(ReconciliationSweep sweep, DouyinReconciler douyin) {
        this.sweep = sweep;
        this.douyin = douyin;
    }

    @Scheduled(fixedDelayString = "${refundpilot.platforms.douyin.reconcile.period:PT30S}",
            initialDelayString = "${refundpilot.platforms.douyin.reconcile.period:PT30S}")
    public void run() {
        try {
            sweep.run(douyin);
        } catch (RuntimeException storeUnavailable) {
            // A shop's failure is handled in its run; this is the store itself (a blip, or shutting down).
            log.warn("reconciliation run skipped: {}", storeUnavailable.toString());
        }
    }
}
