package com.refundpilot.logistics.application;

import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerHandler;
import org.springframework.stereotype.Component;

/** The service's one timer handler (the kit's sweeper takes one): each timer kind goes to its use case. */
@Component
public class LogisticsTimers implements TimerHandler {

    private final StallService stalls;
    private final ReturnRecheckService rechecks;
    private final ClaimSubmission claims;

    public LogisticsTimers(StallService stalls, ReturnRecheckService rechecks, ClaimSubmission claims) {
        this.stalls = stalls;
        this.rechecks = rechecks;
        this.claims = claims;
    }

    @Override
    public void onTimer(DueTimer timer) {
        switch (timer.kind()) {
            case StallTimers.KIND -> stalls.onTimer(timer);
            case RecheckTimers.KIND -> rechecks.onTimer(timer);
            case ClaimSubmission.KIND -> claims.onTimer(timer);
            default -> { }
        }
    }
}
