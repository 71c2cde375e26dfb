package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.WebhookLossRequest;
import com.refundpilot.sandbox.platform.taobao.WebhookLossView;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make JD lose batches, see what it lost, and deliver the lost frames late (Taobao's alike). */
@RestController
@RequestMapping("/sandbox/platforms/jd/webhook-loss")
class JdWebhookLossController {

    private final JdWebhookLoss loss;
    private final JdWebhookPusher pusher;

    JdWebhookLossController(JdWebhookLoss loss, JdWebhookPusher pusher) {
        this.loss = loss;
        this.pusher = pusher;
    }

    @PostMapping
    WebhookLossView lose(@Valid @RequestBody WebhookLossRequest request) {
        return loss.lose(request.dropNext(), request.topic(), request.refundId());
    }

    @GetMapping
    WebhookLossView view() {
        return loss.view();
    }

    /** Every held batch pushed now, the same bytes and msgId as when it was lost, each with the receiver's status. */
    @PostMapping("/deliver-held")
    Map<String, List<Map<String, Object>>> deliverHeld() {
        List<Map<String, Object>> pushes = loss.takeHeld().stream()
                .map(message -> Map.<String, Object>of("msgId", message.msgId(), "topic", message.topic(),
                        "status", pusher.deliver(message)))
                .toList();
        return Map.of("pushes", pushes);
    }
}
