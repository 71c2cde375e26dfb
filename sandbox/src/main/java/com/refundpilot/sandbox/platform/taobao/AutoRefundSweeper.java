package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 超时自动同意: what a real platform does to a merchant who lets the deadline pass. Runs on real
 * time, but compares deadlines with the injected clock so a virtual clock drives it.
 */
@Component
public class AutoRefundSweeper {

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final TaobaoMetrics metrics;
    private final Clock clock;
    private final AtomicLong completedSweeps = new AtomicLong();

    public AutoRefundSweeper(TaobaoRefunds refunds, PlatformPusher pusher, TaobaoMetrics metrics, Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sandbox.taobao.sweep-interval:PT0.2S}")
    public void sweep() {
        Instant now = clock.instant();
        for (TaobaoRefund refund : refunds.all()) {
            if (refund.autoRefundIfDue(now)) {
                metrics.autoRefunded(refund.platform());
                pusher.create(TmcMessage.REFUND_SUCCESS, refund.snapshot()).deliverLater();
            } else if (refund.closeIfBuyerLate(now)) {
                pusher.create(TmcMessage.REFUND_CLOSED, refund.snapshot()).deliverLater();
            }
        }
        completedSweeps.incrementAndGet();
    }

    /** How many sweeps have finished; lets a test wait for "the sweeper has looked" without sleeping. */
    public long completedSweeps() {
        return completedSweeps.get();
    }
}
