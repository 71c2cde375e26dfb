package com.refundpilot.logistics.adapter.out.courier;

import com.refundpilot.logistics.application.CourierGateway;
import com.refundpilot.logistics.config.CourierProperties;
import com.refundpilot.logistics.domain.InterceptAnswer;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private static final Logger log = LoggerFactory.getLogger(CourierHttpClient.class);
    private static final RestClient.ResponseSpec.ErrorHandler KEEP_ANSWER = (request, response) -> {
        // a 4xx is the courier's answer: read it below instead of throwing
    };

    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final JsonMapper json = JsonMapper.builder().build();

    public CourierHttpClient(RestClient.Builder builder, CourierProperties properties, RetryRegistry retries,
            CircuitBreakerRegistry breakers) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.http = builder.baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.retry = retries.retry(RESILIENCE_INSTANCE);
        this.breaker = breakers.circuitBreaker(RESILIENCE_INSTANCE);
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
            answer = guarded(() -> http.post().uri("/courier/api/shipments/{trackingNo}/intercept", trackingNo)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body)
                    .retrieve().onStatus(HttpStatusCode::is4xxClientError, KEEP_ANSWER).toEntity(String.class));
        } catch (Unreachable e) {
            return new InterceptAnswer.Unavailable(e.getMessage());
        }
        int status = answer.getStatusCode().value();
        JsonNode json = readOrEmpty(answer.getBody());
        if (answer.getStatusCode().is2xxSuccessful()) {
            JsonNode accepted = json.get("accepted");
            return accepted != null && accepted.isBoolean() && !accepted.asBoolean()
                    ? new InterceptAnswer.Refused("NOT_ACCEPTED", "the courier answered accepted=false")
                    : new InterceptAnswer.Accepted();
        }
        String detail = text(json, "detail");
        if (status == 409) {
            String code = text(json, "code");
            return new InterceptAnswer.Refused(code == null ? "CONFLICT" : code, detail);
        }
        if (status == 404) {
            return new InterceptAnswer.Refused(UNKNOWN_PARCEL,
                    detail == null ? "parcel " + trackingNo + " is unknown to the courier" : detail);
        }
        return new InterceptAnswer.Refused(REQUEST_REJECTED, "courier answered " + status + ": "
                + (detail == null ? "no detail" : detail));
    }

    /** Retry (outer) around the circuit breaker (inner); what is left after both is {@link Unreachable}. */
    private ResponseEntity<String> guarded(Supplier<ResponseEntity<String>> call) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (CallNotPermittedException open) {
            throw new Unreachable("circuit breaker '" + RESILIENCE_INSTANCE + "' is open: the courier failed too "
                    + "often recently, no call was made");
        } catch (HttpServerErrorException e) {
            log.warn("courier answered {} after {} attempts", e.getStatusCode().value(), attempts());
            throw new Unreachable("courier answered " + e.getStatusCode().value() + " after " + attempts()
                    + " attempts");
        } catch (RestClientException e) {
            log.warn("courier unreachable after {} attempts: {}", attempts(), rootMessage(e));
            throw new Unreachable("courier unreachable after " + attempts() + " attempts: " + rootMessage(e));
        }
    }

    private int attempts() {
        return retry.getRetryConfig().getMaxAttempts();
    }

    private JsonNode readOrEmpty(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (RuntimeException unreadable) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Internal: no answer after the retries, or the breaker is open. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message, null, false, false);
        }
    }
}
