package com.refundpilot.logistics.adapter.out.courier;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.GuardedHttp.PeerUnavailable;
import com.refundpilot.kit.http.JsonAnswers;
import com.refundpilot.logistics.application.CourierGateway;
import com.refundpilot.logistics.config.CourierProperties;
import com.refundpilot.logistics.domain.InterceptAnswer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The courier open API over HTTP ({@code POST /courier/api/shipments/{trackingNo}/intercept}).
 *
 * <p>Every call runs inside resilience4j's retry {@code courier} around its circuit breaker {@code courier}
 * (configured under {@code resilience4j.*}): only I/O errors and 5xx answers are failures — retried with
 * exponential backoff and counted by the breaker, one count per attempt. A 4xx is an answer, never retried
 * and never counted: 409 is the courier's refusal with its {@code code}. When the retries are spent or the
 * breaker is open, the answer is "unavailable", a value rather than an exception.
 */
@Component
public class CourierHttpClient implements CourierGateway {

    public static final String RESILIENCE_INSTANCE = "courier";
    public static final String UNKNOWN_PARCEL = "UNKNOWN_PARCEL";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    private final GuardedHttp courier;

    public CourierHttpClient(RestClient.Builder builder, CourierProperties properties, RetryRegistry retries,
            CircuitBreakerRegistry breakers) {
        this.courier = new GuardedHttp("courier", builder, properties.baseUrl(), properties.timeout(),
                RESILIENCE_INSTANCE, retries, breakers);
    }

    @Override
    public InterceptAnswer intercept(String trackingNo, String requestId, String reason) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        ResponseEntity<String> answer;
        try {
            answer = courier.call(http -> http.post().uri("/courier/api/shipments/{trackingNo}/intercept", trackingNo)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body)
                    .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
        } catch (PeerUnavailable e) {
            return new InterceptAnswer.Unavailable(e.getMessage());
        }
        int status = answer.getStatusCode().value();
        JsonNode json = JsonAnswers.readOrEmpty(answer.getBody());
        if (answer.getStatusCode().is2xxSuccessful()) {
            JsonNode accepted = json.get("accepted");
            return accepted != null && accepted.isBoolean() && !accepted.asBoolean()
                    ? new InterceptAnswer.Refused("NOT_ACCEPTED", "the courier answered accepted=false")
                    : new InterceptAnswer.Accepted();
        }
        String detail = JsonAnswers.text(json, "detail");
        if (status == 409) {
            String code = JsonAnswers.text(json, "code");
            return new InterceptAnswer.Refused(code == null ? "CONFLICT" : code, detail);
        }
        if (status == 404) {
            return new InterceptAnswer.Refused(UNKNOWN_PARCEL,
                    detail == null ? "parcel " + trackingNo + " is unknown to the courier" : detail);
        }
        return new InterceptAnswer.Refused(REQUEST_REJECTED, "courier answered " + status + ": "
                + (detail == null ? "no detail" : detail));
    }
}
