package com.refundpilot.platform.adapter.in.schedule;

import com.refundpilot.platform.application.reconcile.ReconciliationSweep;
import com.refundpilot.platform.application.reconcile.GenericReconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a generic-platform reconciliation run every {@code refundpilot.platforms.generic.reconcile.period} of real time;
 * the run reads the injected clock, so a virtual clock drives its windows.
 */
@Component
@ConditionalOnProperty(name = "refundpilot.platforms.generic.reconcile.enabled", havingValue = "true",
        matchIfMissing = true)
public class GenericReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(GenericReconcileSchedule.class);

    private final ReconciliationSweep sweep;
    private final GenericReconciler generic;

    public GenericReconcileSchedule(ReconciliationSweep sweep, GenericReconciler generic) {
        this.sweep = sweep;
        this.generic = generic;
    }

    @Scheduled(fixedDelayString = "${refundpilot.platforms.generic.reconcile.period:PT30S}",
            initialDelayString = "${refundpilot.platforms.generic.reconcile.period:PT30S}")
    public void run() {
        try {
            sweep.run(generic);
        } catch (RuntimeException storeUnavailable) {
            // A shop's failure is handled in its run; this is the store itself (a blip, or shutting down).
            log.warn("reconciliation run skipped: {}", storeUnavailable.toString());
        }
    }
}
