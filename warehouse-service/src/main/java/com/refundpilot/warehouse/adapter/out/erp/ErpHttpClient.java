package com.refundpilot.warehouse.adapter.out.erp;

import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.GuardedHttp.PeerUnavailable;
import com.refundpilot.kit.http.JsonAnswers;
import com.refundpilot.warehouse.application.ErpGateway;
import com.refundpilot.warehouse.config.ErpProperties;
import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.ErpOrderSnapshot;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.StepResult;
import com.refundpilot.warehouse.domain.WarehouseOrder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The ERP open API over HTTP ({@code GET /erp/api/orders/{id}}, {@code POST /erp/api/orders/{id}/{operation}}).
 *
 * <p>Every call runs inside resilience4j's retry {@code erp} around its circuit breaker {@code erp} (both
 * configured under {@code resilience4j.*}): only I/O errors and 5xx answers are failures — retried with
 * exponential backoff and counted by the breaker, one count per attempt. A 4xx is an answer, never retried and
 * never counted: 409 is the ERP's refusal with its {@code code}, 404 an unknown order. When the retries are
 * spent or the breaker is open, the result is "unavailable", a value rather than an exception.
 */
@Component
public class ErpHttpClient implements ErpGateway {

    public static final String RESILIENCE_INSTANCE = "erp";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    private static final Logger log = LoggerFactory.getLogger(ErpHttpClient.class);
    private final GuardedHttp erp;

    public ErpHttpClient(RestClient.Builder builder, ErpProperties properties, RetryRegistry retries,
            CircuitBreakerRegistry breakers) {
        this.erp = new GuardedHttp("ERP", builder, properties.baseUrl(), properties.timeout(), RESILIENCE_INSTANCE,
                retries, breakers);
    }

    @Override
    public OrderRead readOrder(String orderId) {
        ResponseEntity<String> answer;
        try {
            answer = erp.call(http -> http.get().uri("/erp/api/orders/{orderId}", orderId)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
        } catch (PeerUnavailable e) {
            return new OrderRead.Unavailable(e.getMessage());
        }
        int status = answer.getStatusCode().value();
        if (status == 404) {
            return new OrderRead.NotFound(detailOf(answer.getBody(), "order " + orderId + " is unknown to the ERP"));
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            return new OrderRead.Unavailable("ERP answered " + status + " to reading order " + orderId + ": "
                    + detailOf(answer.getBody(), "no detail"));
        }
        try {
            return new OrderRead.Found(snapshot(JsonAnswers.read(answer.getBody())));
        } catch (RuntimeException unreadable) {
            log.warn("unreadable ERP answer for order {}: {}", orderId, unreadable.toString());
            return new OrderRead.Unavailable("unreadable ERP answer for order " + orderId + ": "
                    + unreadable.getMessage());
        }
    }

    @Override
    public StepResult perform(String orderId, ErpOperation operation, String requestId, String note) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        ResponseEntity<String> answer;
        try {
            answer = erp.call(http -> http.post().uri("/erp/api/orders/{orderId}/{operation}", orderId, operation.path())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body)
                    .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
        } catch (PeerUnavailable e) {
            return new StepResult.Unavailable(e.getMessage());
        }
        int status = answer.getStatusCode().value();
        if (answer.getStatusCode().is2xxSuccessful()) {
            return new StepResult.Done(snapshotOrNull(answer.getBody()));
        }
        JsonNode problem = JsonAnswers.readOrEmpty(answer.getBody());
        String detail = JsonAnswers.text(problem, "detail");
        if (status == 409) {
            String code = JsonAnswers.text(problem, "code");
            return new StepResult.Refused(code == null ? "CONFLICT" : code, detail, JsonAnswers.text(problem, "carrier"),
                    JsonAnswers.text(problem, "trackingNo"));
        }
        if (status == 404) {
            return new StepResult.Refused(WarehouseOrder.ORDER_NOT_FOUND,
                    detail == null ? "order " + orderId + " is unknown to the ERP" : detail, null, null);
        }
        return new StepResult.Refused(REQUEST_REJECTED, "ERP answered " + status + " to " + operation.path() + ": "
                + (detail == null ? "no detail" : detail), null, null);
    }

    private ErpOrderSnapshot snapshotOrNull(String body) {
        try {
            return snapshot(JsonAnswers.read(body));
        } catch (RuntimeException unreadable) {
            return null; // the operation was done; the order view is a bonus
        }
    }

    private ErpOrderSnapshot snapshot(JsonNode order) {
        String fulfilment = JsonAnswers.text(order, "fulfilment");
        if (fulfilment == null) {
            throw new IllegalArgumentException("field 'fulfilment' is missing");
        }
        List<String> flags = new ArrayList<>();
        order.path("flags").forEach(flag -> flags.add(flag.asString()));
        return new ErpOrderSnapshot(JsonAnswers.text(order, "orderId"), FulfilmentState.valueOf(fulfilment),
                order.path("forceShip").asBoolean(false), order.path("cancelled").asBoolean(false),
                order.path("interceptedInWarehouse").asBoolean(false), flags, JsonAnswers.text(order, "carrier"),
                JsonAnswers.text(order, "trackingNo"));
    }

    private String detailOf(String body, String fallback) {
        String detail = JsonAnswers.text(JsonAnswers.readOrEmpty(body), "detail");
        return detail == null ? fallback : detail;
    }
}
