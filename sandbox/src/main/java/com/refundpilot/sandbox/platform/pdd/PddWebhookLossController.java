package com.refundpilot.sandbox.platform.pdd;

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

/** Control API: make Pinduoduo lose frames, see what it lost, and deliver the lost frames late (Taobao's alike). */
@RestController
@RequestMapping("/sandbox/platforms/pinduoduo/webhook-loss")
class PddWebhookLossController {

    private final PddWebhookLoss loss;
    private final PddWebhookPusher pusher;

    PddWebhookLossController(PddWebhookLoss loss, PddWebhookPusher pusher) {
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

    /** Every held frame pushed now, the same bytes and id as when it was lost, each with the receiver's status. */
    @PostMapping("/deliver-held")
    Map<String, List<Map<String, Object>>> deliverHeld() {
        List<Map<String, Object>> pushes = loss.takeHeld().stream()
                .map(message -> Map.<String, Object>of("msgId", message.id(), "topic", message.type(),
                        "status", pusher.deliver(message)))
                .toList();
        return Map.of("pushes", pushes);
    }
}
