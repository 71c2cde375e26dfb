package com.refundpilot.platform.adapter.in.web;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.webhook.PlatformWebhook;
import com.refundpilot.platform.application.webhook.RawPush;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform pushes. The body is taken as raw bytes: the signature covers exactly those bytes. Every refusal
 * is a 4xx problem+json naming what was wrong, and nothing is stored or published for it.
 */
@RestController
public class WebhookController {

    private record Endpoint(PlatformWebhook webhook, Platform platform) {
    }

    private final Map<String, Endpoint> endpoints = new TreeMap<>();

    public WebhookController(List<PlatformWebhook> webhooks) {
        for (PlatformWebhook webhook : webhooks) {
            webhook.paths().forEach((path, platform) -> {
                if (endpoints.putIfAbsent(path, new Endpoint(webhook, platform)) != null) {
                    throw new IllegalStateException("two webhooks for /webhooks/" + path);
                }
            });
        }
    }

    @PostMapping("/webhooks/{platform}")
    public ResponseEntity<Object> receive(@PathVariable String platform, @RequestBody(required = false) byte[] body,
            @RequestHeader HttpHeaders headers, @RequestParam Map<String, String> query) {
        Endpoint endpoint = endpoints.get(platform);
        if (endpoint == null) {
            throw Problems.notFound("no webhook for platform '" + platform + "' (supported: "
                    + String.join(", ", endpoints.keySet()) + ")");
        }
        Map<String, String> byName = new HashMap<>();
        headers.forEach((name, values) -> byName.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return ResponseEntity.ok(endpoint.webhook().receive(endpoint.platform(), new RawPush(body, byName, query)));
    }

    /** The platform could not be asked for the refund's details: answer 503 so it delivers the message again. */
    @ExceptionHandler(GuardedHttp.PeerUnavailable.class)
    ErrorResponseException platformUnavailable(GuardedHttp.PeerUnavailable unavailable) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "message not accepted, deliver it again: " + unavailable.getMessage());
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, unavailable);
    }

    @ExceptionHandler(WebhookRejected.class)
    ErrorResponseException rejected(WebhookRejected rejected) {
        HttpStatus status = switch (rejected.kind()) {
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejected.getMessage());
        problem.setProperty("field", rejected.field());
        return new ErrorResponseException(status, problem, rejected);
    }
}
