package com.refundpilot.platform.adapter.in.schedule;

import com.refundpilot.platform.application.reconcile.ReconciliationSweep;
import com.refundpilot.platform.application.reconcile.JdReconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a JD reconciliation run every {@code refundpilot.platforms.jd.reconcile.period} of real time;
 * the run reads the injected clock, so a virtual clock drives its windows.
 */
@Component
@ConditionalOnProperty(name = "refundpilot.platforms.jd.reconcile.enabled", havingValue = "true",
        matchIfMissing = true)
public class JdReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(JdReconcileSchedule.class);

    private final ReconciliationSweep sweep;
    private final JdReconciler source;

    public JdReconcileSchedule(ReconciliationSweep sweep, JdReconciler source) {
        this.sweep = sweep;
        this.source = source;
    }

    @Scheduled(fixedDelayString = "${refundpilot.platforms.jd.reconcile.period:PT30S}",
            initialDelayString = "${refundpilot.platforms.jd.reconcile.period:PT30S}")
    public void run() {
        try {
            sweep.run(source);
        } catch (RuntimeException storeUnavailable) {
            // A shop's failure is handled in its run; this is the store itself (a blip, or shutting down).
            log.warn("reconciliation run skipped: {}", storeUnavailable.toString());
        }
    }
}
