package com.refundpilot.warehouse.adapter.out.erp;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.GuardedHttp.PeerUnavailable;
import com.refundpilot.kit.http.JsonAnswers;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.warehouse.application.ErpGateway;
import com.refundpilot.warehouse.config.ErpProperties;
import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.ErpOrderSnapshot;
import com.refundpilot.warehouse.domain.InspectionReport;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.RecordResult;
import com.refundpilot.warehouse.domain.ReplacementResult;
import com.refundpilot.warehouse.domain.StepResult;
import com.refundpilot.warehouse.domain.WarehouseOrder;
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
 * The ERP open API over HTTP ({@code GET /erp/api/orders/{id}}, {@code POST /erp/api/orders/{id}/{operation}},
 * the stop operations, {@code reship} / {@code ship-exchange} / {@code return-wrong-goods}, and the records of
 * returns and weights: {@code returns/{trackingNo}/arrival}, {@code returns/{trackingNo}/inspection},
 * {@code parcel-weight}).
 *
 * <p>Every call runs inside the resilience4j instance {@code erp} (retry, circuit breaker, rate limiter, time
 * limiter, configured under {@code resilience4j.*}; the order is {@link GuardedHttp}'s): only I/O errors, time-outs
 * and 5xx answers are failures — retried with exponential backoff and counted by the breaker, one count per
 * attempt. A 4xx is an answer, never retried and
 * never counted: 409 is the ERP's refusal with its {@code code}, 404 an unknown order. When the retries are
 * spent, the breaker is open or no rate-limit permit came, the result is "unavailable", a value rather than an exception.
 */
@Component
public class ErpHttpClient implements ErpGateway {

    public static final String RESILIENCE_INSTANCE = "erp";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    private static final Logger log = LoggerFactory.getLogger(ErpHttpClient.class);
    private final GuardedHttp erp;

    public ErpHttpClient(RestClient.Builder builder, ErpProperties properties, PeerGuards guards) {
        this.erp = new GuardedHttp("ERP", builder, properties.baseUrl(), properties.timeout(), RESILIENCE_INSTANCE,
                guards);
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        ResponseEntity<String> answer;
        try {
            answer = post(orderId, operation.path(), body);
        } catch (PeerUnavailable e) {
            return new StepResult.Unavailable(e.getMessage());
        }
        if (answer.getStatusCode().is2xxSuccessful()) {
            return new StepResult.Done(snapshotOrNull(answer.getBody()));
        }
        Refusal refusal = refusal(orderId, operation.path(), answer);
        return new StepResult.Refused(refusal.code(), refusal.detail(), refusal.carrier(), refusal.trackingNo());
    }

    @Override
    public ReplacementResult shipReplacement(String orderId, WarehouseAction kind, String requestId, String sku,
            int quantity, String note) {
        String path = switch (kind) {
            case RESHIP -> "reship";
            case SHIP_EXCHANGE -> "ship-exchange";
            case RETURN_WRONG_GOODS -> "return-wrong-goods";
            default -> throw new IllegalArgumentException(kind + " does not ship goods again");
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        if (sku != null && !sku.isBlank()) {
            body.put("sku", sku);
        }
        body.put("quantity", quantity);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        ResponseEntity<String> answer;
        try {
            answer = post(orderId, path, body);
        } catch (PeerUnavailable e) {
            return new ReplacementResult.Unavailable(e.getMessage());
        }
        if (answer.getStatusCode().is2xxSuccessful()) {
            JsonNode parcel;
            try {
                parcel = JsonAnswers.read(answer.getBody());
            } catch (RuntimeException unreadable) {
                return new ReplacementResult.Unavailable("unreadable ERP answer to " + path + " of order " + orderId
                        + ": " + unreadable.getMessage());
            }
            String trackingNo = JsonAnswers.text(parcel, "trackingNo");
            if (trackingNo == null) {
                // Shipped, but we cannot tell the buyer where: as good as no answer for the case.
                return new ReplacementResult.Unavailable("ERP answered " + path + " of order " + orderId
                        + " without a trackingNo");
            }
            return new ReplacementResult.Shipped(JsonAnswers.text(parcel, "carrier"), trackingNo);
        }
        Refusal refusal = refusal(orderId, path, answer);
        return new ReplacementResult.Refused(refusal.code(), refusal.detail());
    }

    @Override
    public RecordResult recordArrival(String orderId, String trackingNo, String requestId, String caseId,
            String receivedBy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        body.put("caseId", caseId);
        putIfText(body, "receivedBy", receivedBy);
        return record(orderId, "returns/" + trackingNo + "/arrival",
                "/erp/api/orders/{orderId}/returns/{trackingNo}/arrival", body, orderId, trackingNo);
    }

    @Override
    public RecordResult recordInspection(String orderId, String trackingNo, String requestId, String caseId,
            InspectionReport report, int receivedQuantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        body.put("caseId", caseId);
        body.put("result", report.result().name());
        body.put("receivedQuantity", receivedQuantity);
        body.put("photoUrls", report.photoUrls());
        putIfText(body, "notes", report.notes());
        putIfText(body, "inspectedBy", report.inspectedBy());
        return record(orderId, "returns/" + trackingNo + "/inspection",
                "/erp/api/orders/{orderId}/returns/{trackingNo}/inspection", body, orderId, trackingNo);
    }

    @Override
    public RecordResult recordWeight(String orderId, String requestId, String caseId, String trackingNo, long grams,
            long expectedGrams) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        body.put("caseId", caseId);
        putIfText(body, "trackingNo", trackingNo);
        body.put("grams", grams);
        body.put("expectedGrams", expectedGrams);
        return record(orderId, "parcel-weight", "/erp/api/orders/{orderId}/parcel-weight", body, orderId);
    }

    private RecordResult record(String orderId, String what, String uriTemplate, Map<String, Object> body,
            Object... uriVariables) {
        ResponseEntity<String> answer;
        try {
            answer = erp.call(http -> http.post().uri(uriTemplate, uriVariables)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body)
                    .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
        } catch (PeerUnavailable e) {
            return new RecordResult.Unavailable(e.getMessage());
        }
        if (answer.getStatusCode().is2xxSuccessful()) {
            return new RecordResult.Recorded();
        }
        Refusal refusal = refusal(orderId, what, answer);
        return new RecordResult.Refused(refusal.code(), refusal.detail());
    }

    private static void putIfText(Map<String, Object> body, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.put(key, value);
        }
    }

    private ResponseEntity<String> post(String orderId, String path, Map<String, Object> body) {
        return erp.call(http -> http.post().uri("/erp/api/orders/{orderId}/{operation}", orderId, path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
    }

    /** A 4xx answer read as the ERP's refusal: 409 with its code, 404 unknown order, another 4xx rejected. */
    private record Refusal(String code, String detail, String carrier, String trackingNo) {
    }

    private static Refusal refusal(String orderId, String path, ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        JsonNode problem = JsonAnswers.readOrEmpty(answer.getBody());
        String detail = JsonAnswers.text(problem, "detail");
        if (status == 409) {
            String code = JsonAnswers.text(problem, "code");
            return new Refusal(code == null ? "CONFLICT" : code, detail, JsonAnswers.text(problem, "carrier"),
                    JsonAnswers.text(problem, "trackingNo"));
        }
        if (status == 404) {
            return new Refusal(WarehouseOrder.ORDER_NOT_FOUND,
                    detail == null ? "order " + orderId + " is unknown to the ERP" : detail, null, null);
        }
        return new Refusal(REQUEST_REJECTED, "ERP answered " + status + " to " + path + ": "
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
                JsonAnswers.text(order, "trackingNo"), optionalBoolean(order.get("labelPrinted")),
                order.path("weightGrams").isIntegralNumber() ? order.path("weightGrams").asInt() : null,
                destination(order.get("consignee")), item(order.get("item")));
    }

    private static Boolean optionalBoolean(JsonNode node) {
        return node == null || !node.isBoolean() ? null : node.asBoolean();
    }

    /** Province and city only; an ERP without a province gives no destination (never a half address). */
    private static Address destination(JsonNode consignee) {
        if (consignee == null || !consignee.isObject()) {
            return null;
        }
        String province = JsonAnswers.text(consignee, "province");
        return province == null || province.isBlank() ? null : new Address(province, JsonAnswers.text(consignee, "city"));
    }

    private static ItemAttributes item(JsonNode item) {
        if (item == null || !item.isObject()) {
            return null;
        }
        return new ItemAttributes(JsonAnswers.text(item, "sku"), JsonAnswers.text(item, "style"),
                JsonAnswers.text(item, "color"), JsonAnswers.text(item, "size"), item.path("customMade").asBoolean(false),
                item.path("perishable").asBoolean(false), item.path("productionStarted").asBoolean(false));
    }

    private String detailOf(String body, String fallback) {
        String detail = JsonAnswers.text(JsonAnswers.readOrEmpty(body), "detail");
        return detail == null ? fallback : detail;
    }
}
