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
    private final TmcMessageFactory messages;
    private final TaobaoWebhookPusher pusher;
    private final Clock clock;

    public PlatformStaffDesk(TaobaoRefunds refunds, TmcMessageFactory messages, TaobaoWebhookPusher pusher,
            Clock clock) {
        this.refunds = refunds;
        this.messages = messages;
        this.pusher = pusher;
        this.clock = clock;
    }

    public RefundView moveDeadline(String refundId, DeadlineRequest request) {
        TaobaoRefund refund = refunds.get(refundId);
        Instant now = clock.instant();
        refund.moveDeadline(DeadlineIn.from(now, request.deadlineIn(), null, "deadlineIn"), now);
        return pushed(refund, TmcMessage.TIMEOUT_CHANGED);
    }

    public RefundView intervene(String refundId, InterventionRequest request) {
        TaobaoRefund refund = refunds.get(refundId);
        Instant now = clock.instant();
        refund.intervene(DeadlineIn.from(now, request.evidenceDeadlineIn(), null, "evidenceDeadlineIn"), now);
        return pushed(refund, TmcMessage.TAOBAO_INTERVENED);
    }

    /** For the buyer the platform pays (RefundSuccess), for the merchant it closes the refund (RefundClosed). */
    public RefundView decide(String refundId, VerdictRequest request) {
        if (request.verdictFor() == null) {
            throw new InvalidFieldException("for", "must not be null (MERCHANT or BUYER)");
        }
        TaobaoRefund refund = refunds.get(refundId);
        refund.decide(request.verdictFor(), clock.instant());
        return pushed(refund, request.verdictFor() == Intervention.VerdictFor.BUYER
                ? TmcMessage.REFUND_SUCCESS : TmcMessage.REFUND_CLOSED);
    }

    private RefundView pushed(TaobaoRefund refund, String topic) {
        int status = pusher.push(messages.create(topic, refund.snapshot()));
        return RefundView.of(refund.snapshot(), List.of(status));
    }
}
