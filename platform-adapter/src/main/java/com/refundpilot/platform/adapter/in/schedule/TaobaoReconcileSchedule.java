package com.refundpilot.platform.adapter.in.schedule;

import com.refundpilot.platform.application.reconcile.ReconciliationSweep;
import com.refundpilot.platform.application.reconcile.TaobaoReconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a Taobao/Tmall reconciliation run every {@code refundpilot.platforms.taobao.reconcile.period} of real time;
 * the run reads the injected clock, so a virtual clock drives its windows. Another platform gets its own schedule.
 */
@Component
@ConditionalOnProperty(name = "refundpilot.platforms.taobao.reconcile.enabled", havingValue = "true",
        matchIfMissing = true)
public class TaobaoReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(TaobaoReconcileSchedule.class);

    private final ReconciliationSweep sweep;
    private final TaobaoReconciler taobao;

    public TaobaoReconcileSchedule(ReconciliationSweep sweep, TaobaoReconciler taobao) {
        this.sweep = sweep;
        this.taobao = taobao;
    }

    @Scheduled(fixedDelayString = "${refundpilot.platforms.taobao.reconcile.period:PT30S}",
            initialDelayString = "${refundpilot.platforms.taobao.reconcile.period:PT30S}")
    public void run() {
        try {
            sweep.run(taobao);
        } catch (RuntimeException storeUnavailable) {
            // A shop's failure is handled in its run; this is the store itself (a blip, or shutting down).
            log.warn("reconciliation run skipped: {}", storeUnavailable.toString());
        }
    }
}
