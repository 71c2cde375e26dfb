package com.refundpilot.logistics.adapter.out.courier;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.GuardedHttp.PeerUnavailable;
import com.refundpilot.kit.http.JsonAnswers;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.logistics.application.CourierGateway;
import com.refundpilot.logistics.config.CourierProperties;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.domain.CourierReply;
import com.refundpilot.logistics.domain.CourierRequest;
import com.refundpilot.logistics.domain.InterceptAnswer;
import com.refundpilot.logistics.domain.ShipmentLookup;
import com.refundpilot.logistics.domain.TrackingCodes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The courier open API over HTTP (docs/sandbox-protocol.md, "Courier network"): {@code GET
 * /courier/api/shipments/{trackingNo}} and the merchant's requests {@code POST .../intercept}, {@code .../nudge},
 * {@code .../verify-delivery}, {@code .../signing-proof}, {@code .../claims}, {@code .../address-correction}.
 *
 * <p>Every call runs inside the resilience4j instance {@code courier} (retry, circuit breaker, rate limiter, time
 * limiter, configured under {@code resilience4j.*}; the order is {@link GuardedHttp}'s): only I/O errors, time-outs
 * and 5xx answers are failures — retried with exponential backoff and counted by the breaker, one count per
 * attempt. A 4xx is an answer, never retried
 * and never counted: 409 is the courier's refusal with its {@code code}. When the retries are spent or the
 * breaker is open or no rate-limit permit came, the answer is "unavailable", a value rather than an exception.
 */
@Component
public class CourierHttpClient implements CourierGateway {

    public static final String RESILIENCE_INSTANCE = "courier";
    public static final String UNKNOWN_PARCEL = "UNKNOWN_PARCEL";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    private final GuardedHttp courier;

    public CourierHttpClient(RestClient.Builder builder, CourierProperties properties, PeerGuards guards) {
        this.courier = new GuardedHttp("courier", builder, properties.baseUrl(), properties.timeout(),
                RESILIENCE_INSTANCE, guards);
    }

    @Override
    public InterceptAnswer intercept(String trackingNo, String requestId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        putIfText(body, "reason", reason);
        ResponseEntity<String> answer;
        try {
            answer = post(trackingNo, "intercept", body);
        } catch (PeerUnavailable e) {
            return new InterceptAnswer.Unavailable(e.getMessage());
        }
        return refusal(trackingNo, answer, JsonAnswers.readOrEmpty(answer.getBody()))
                .<InterceptAnswer>map(refused -> new InterceptAnswer.Refused(refused.code(), refused.detail()))
                .orElseGet(InterceptAnswer.Accepted::new);
    }

    @Override
    public ShipmentLookup shipment(String trackingNo) {
        ResponseEntity<String> answer;
        try {
            answer = courier.call(http -> http.get().uri("/courier/api/shipments/{trackingNo}", trackingNo)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
        } catch (PeerUnavailable e) {
            return new ShipmentLookup.Unavailable(e.getMessage());
        }
        JsonNode json = JsonAnswers.readOrEmpty(answer.getBody());
        if (answer.getStatusCode().value() == 404) {
            return new ShipmentLookup.Unknown(JsonAnswers.text(json, "detail"));
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            return new ShipmentLookup.Unavailable("courier answered " + answer.getStatusCode().value() + ": "
                    + JsonAnswers.text(json, "detail"));
        }
        Optional<TrackingStatus> status = Optional.ofNullable(JsonAnswers.text(json, "status"))
                .flatMap(TrackingCodes::fromSandbox);
        if (status.isEmpty()) {
            return new ShipmentLookup.Unavailable("courier answered an unknown status '"
                    + JsonAnswers.text(json, "status") + "'");
        }
        return new ShipmentLookup.Found(status.get(), instant(JsonAnswers.text(json, "lastMovementAt")),
                JsonAnswers.text(json, "province"), JsonAnswers.text(json, "city"),
                instant(JsonAnswers.text(json, "collectedAt")));
    }

    @Override
    public CourierReply ask(String trackingNo, CourierRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", request.requestId());
        String operation = switch (request.kind()) {
            case NUDGE -> "nudge";
            case VERIFY_DELIVERY -> "verify-delivery";
            case REQUEST_SIGNING_PROOF -> "signing-proof";
            case CLAIM -> "claims";
            case CORRECT_ADDRESS -> "address-correction";
        };
        switch (request.kind()) {
            case CLAIM -> {
                body.put("valueFen", request.valueFen());
                putIfText(body, "sku", request.sku());
                putIfText(body, "reason", request.note());
            }
            case CORRECT_ADDRESS -> {
                body.put("province", request.destination().province());
                putIfText(body, "city", request.destination().city());
            }
            default -> putIfText(body, "note", request.note());
        }
        ResponseEntity<String> answer;
        try {
            answer = post(trackingNo, operation, body);
        } catch (PeerUnavailable e) {
            return CourierReply.unavailable(e.getMessage());
        }
        JsonNode json = JsonAnswers.readOrEmpty(answer.getBody());
        return refusal(trackingNo, answer, json)
                .map(refused -> CourierReply.refused(refused.code(), refused.detail()))
                .orElseGet(() -> CourierReply.accepted(JsonAnswers.text(json, "proofUrl"),
                        JsonAnswers.text(json, "claimId")));
    }

    /** {@code POST /courier/api/shipments/{trackingNo}/{operation}}: the courier's answer, 2xx or 4xx. */
    private ResponseEntity<String> post(String trackingNo, String operation, Map<String, Object> body) {
        return courier.call(http -> http.post().uri("/courier/api/shipments/{trackingNo}/{operation}", trackingNo,
                        operation)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .retrieve().onStatus(HttpStatusCode::is4xxClientError, GuardedHttp.KEEP_ANSWER).toEntity(String.class));
    }

    /** Why the courier did not take a request: its code and detail. */
    private record Refusal(String code, String detail) {
    }

    /**
     * The courier's answer read as a refusal: a 2xx saying accepted=false, a 409 with its code, a 404 unknown
     * parcel, another 4xx rejected. Empty when the courier took the request.
     */
    private static Optional<Refusal> refusal(String trackingNo, ResponseEntity<String> answer, JsonNode json) {
        int status = answer.getStatusCode().value();
        if (answer.getStatusCode().is2xxSuccessful()) {
            JsonNode accepted = json.get("accepted");
            return accepted != null && accepted.isBoolean() && !accepted.asBoolean()
                    ? Optional.of(new Refusal("NOT_ACCEPTED", "the courier answered accepted=false"))
                    : Optional.empty();
        }
        String detail = JsonAnswers.text(json, "detail");
        if (status == 409) {
            String code = JsonAnswers.text(json, "code");
            return Optional.of(new Refusal(code == null ? "CONFLICT" : code, detail));
        }
        if (status == 404) {
            return Optional.of(new Refusal(UNKNOWN_PARCEL,
                    detail == null ? "parcel " + trackingNo + " is unknown to the courier" : detail));
        }
        return Optional.of(new Refusal(REQUEST_REJECTED, "courier answered " + status + ": "
                + (detail == null ? "no detail" : detail)));
    }

    private static void putIfText(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
