package com.refundpilot.sandbox.common;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How many webhook pushes are still on their way (docs/sandbox-protocol.md, "Webhook redelivery"). */
@RestController
public class WebhookBacklogController {

    private final WebhookRedelivery redelivery;

    public WebhookBacklogController(WebhookRedelivery redelivery) {
        this.redelivery = redelivery;
    }

    @GetMapping("/sandbox/pushes")
    Map<String, Integer> pending() {
        return Map.of("pending", redelivery.pending());
    }
}
