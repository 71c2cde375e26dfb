package com.refundpilot.sandbox.common;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The webhook-loss control of one platform, with Taobao's bodies and answers (docs/sandbox-protocol.md): a
 * subclass maps it below {@code /sandbox/platforms/{platform}/webhook-loss} and names the platform's {@link PushLoss}.
 */
public abstract class PushLossControls {

    private final PushLoss loss;

    protected PushLossControls(PushLoss loss) {
        this.loss = loss;
    }

    @PostMapping
    public WebhookLossView lose(@Valid @RequestBody WebhookLossRequest request) {
        return loss.lose(request.dropNext(), request.topic(), request.refundId());
    }

    @GetMapping
    public WebhookLossView view() {
        return loss.view();
    }

    /** Every held push delivered now, the same messages as when it was lost, each with the receiver's status. */
    @PostMapping("/deliver-held")
    public Map<String, List<Map<String, Object>>> deliverHeld() {
        List<Map<String, Object>> pushes = new ArrayList<>();
        for (PushLoss.Lost lost : loss.takeHeld()) {
            int status = lost.deliverLate().getAsInt();
            for (WebhookLossView.Held message : lost.messages()) {
                Map<String, Object> push = new LinkedHashMap<>();
                push.put("msgId", message.msgId());
                push.put("topic", message.topic());
                push.put("status", status);
                pushes.add(push);
            }
        }
        return Map.of("pushes", pushes);
    }
}
