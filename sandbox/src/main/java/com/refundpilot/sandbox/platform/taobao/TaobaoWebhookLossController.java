package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: make the platform lose pushes, see what it lost, and deliver the lost messages late. */
@RestController
@RequestMapping("/sandbox/platforms/taobao/webhook-loss")
public class TaobaoWebhookLossController {

    private final TaobaoWebhookLoss loss;
    private final TaobaoWebhookPusher pusher;

    public TaobaoWebhookLossController(TaobaoWebhookLoss loss, TaobaoWebhookPusher pusher) {
        this.loss = loss;
        this.pusher = pusher;
    }

    @PostMapping
    public WebhookLossView lose(@Valid @RequestBody WebhookLossRequest request) {
        return loss.lose(request.dropNext(), request.topic(), request.refundId());
    }

    @GetMapping
    public WebhookLossView view() {
        return loss.view();
    }

    /** Every held message pushed now, the same bytes and msg_id as when it was lost, each with the receiver's status. */
    @PostMapping("/deliver-held")
    public Map<String, List<Map<String, Object>>> deliverHeld() {
        List<Map<String, Object>> pushes = loss.takeHeld().stream()
                .map(message -> Map.<String, Object>of("msgId", message.msgId(), "topic", message.topic(),
                        "status", pusher.deliver(message)))
                .toList();
        return Map.of("pushes", pushes);
    }
}
