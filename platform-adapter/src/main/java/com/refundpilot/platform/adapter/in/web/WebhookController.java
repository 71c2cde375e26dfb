package com.refundpilot.platform.adapter.in.web;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.platform.application.TaobaoWebhookIntake;
import com.refundpilot.platform.application.WebhookRejected;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform pushes. The body is taken as raw bytes: the signature covers exactly those bytes. Every refusal
 * is a 4xx problem+json naming what was wrong, and nothing is stored or published for it.
 */
@RestController
public class WebhookController {

    private final TaobaoWebhookIntake taobao;

    public WebhookController(TaobaoWebhookIntake taobao) {
        this.taobao = taobao;
    }

    @PostMapping("/webhooks/{platform}")
    public ResponseEntity<Map<String, Object>> receive(@PathVariable String platform,
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Top-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Top-Sign", required = false) String sign) {
        Platform target = switch (platform) {
            case "taobao" -> Platform.TAOBAO;
            case "tmall" -> Platform.TMALL;
            default -> throw Problems.notFound("no webhook for platform '" + platform
                    + "' yet (supported: taobao, tmall)");
        };
        boolean fresh = taobao.accept(body == null ? new byte[0] : body, timestamp, sign, target);
        return ResponseEntity.ok(Map.of("code", 0, "msg", fresh ? "accepted" : "duplicate"));
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
