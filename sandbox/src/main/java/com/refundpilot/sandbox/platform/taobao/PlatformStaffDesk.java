package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the platform's own staff do to a refund (move deadlines, intervene, decide), played by the control API. */
@Service
public class PlatformStaffDesk {

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final Clock clock;

    public PlatformStaffDesk(TaobaoRefunds refunds, PlatformPusher pusher, Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.clock = clock;
    }

    public RefundView moveDeadline(SandboxPlatform platform, String refundId, DeadlineRequest request) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        Instant now = clock.instant();
        refund.moveDeadline(DeadlineIn.from(now, request.deadlineIn(), null, "deadlineIn"), now);
        return pushed(refund, TmcMessage.TIMEOUT_CHANGED);
    }

    public RefundView intervene(SandboxPlatform platform, String refundId, InterventionRequest request) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        Instant now = clock.instant();
        refund.intervene(DeadlineIn.from(now, request.evidenceDeadlineIn(), null, "evidenceDeadlineIn"), now);
        return pushed(refund, TmcMessage.TAOBAO_INTERVENED);
    }

    /** For the buyer the platform pays (RefundSuccess), for the merchant it closes the refund (RefundClosed). */
    public RefundView decide(SandboxPlatform platform, String refundId, VerdictRequest request) {
        if (request.verdictFor() == null) {
            throw new InvalidFieldException("for", "must not be null (MERCHANT or BUYER)");
        }
        TaobaoRefund refund = refunds.get(platform, refundId);
        refund.decide(request.verdictFor(), clock.instant());
        return pushed(refund, request.verdictFor() == Intervention.VerdictFor.BUYER
                ? TmcMessage.REFUND_SUCCESS : TmcMessage.REFUND_CLOSED);
    }

    private RefundView pushed(TaobaoRefund refund, String topic) {
        int status = pusher.create(topic, refund.snapshot()).deliver();
        return RefundView.of(refund.snapshot(), List.of(status));
    }
}
