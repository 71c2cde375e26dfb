package com.refundpilot.sandbox.erp;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the print batches happen while nobody looks (an observer polling a shop's orders sees them printed
 * soon after the virtual clock passes the batch time). Correctness does not depend on it: every read and
 * operation applies the due batches itself first.
 */
@Component
public class PrintBatchSweeper {

    private final ErpOrders orders;
    private final Clock clock;

    public PrintBatchSweeper(ErpOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sandbox.erp.sweep-interval:PT0.2S}")
    public void sweep() {
        orders.applyDueBatches(clock.instant());
    }
}
