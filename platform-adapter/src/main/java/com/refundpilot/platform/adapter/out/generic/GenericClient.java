package com.refundpilot.platform.adapter.out.generic;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.GenericProperties;
import com.refundpilot.platform.domain.generic.GenericAfterSale;
import com.refundpilot.platform.domain.generic.GenericComplaint;
import com.refundpilot.platform.wire.generic.GenericJson;
import com.refundpilot.platform.domain.generic.GenericNegotiation;
import com.refundpilot.platform.domain.generic.GenericSignature;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.wire.generic.GenericJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic platform's open API (docs/generic-platform-protocol.md) over HTTP, every request signed over its
 * exact bytes and guarded by the resilience4j instance {@code generic}. A 4xx is the platform's answer (a refused
 * outcome, or a {@link GenericApiException} for a read); 429 and 5xx are failures, retried, then
 * {@link GuardedHttp.PeerUnavailable}.
 */
@Component
public class GenericClient {

    private static final String BASE = "/generic/v1";

    private final GuardedHttp http;
    private final GenericSignature signature;
    private final GenericProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public GenericClient(RestClient.Builder builder, GenericProperties properties, Clock clock, PeerGuards guards) {
        this.http = new GuardedHttp("generic platform", builder, properties.baseUrl(), properties.timeout(),
                "generic", guards);
        this.signature = new GenericSignature(properties.appKey(), properties.appSecret(), properties.webhookWindow());
        this.properties = properties;
        this.clock = clock;
    }

    public GenericAfterSale afterSale(String id) {
        return GenericJson.afterSale(read("/after-sales/{id}", id), "");
    }

    public GenericComplaint complaint(String id) {
        return GenericJson.complaint(read("/complaints/{id}", id), "");
    }

    public List<GenericNegotiation> negotiations(String id) {
        List<GenericNegotiation> all = new ArrayList<>();
        read("/after-sales/{id}/negotiations", id).path("negotiations")
                .forEach(n -> all.add(GenericJson.negotiation(n, "negotiations[].")));
        return all;
    }

    /** One page of a shop's after-sales updated in [from, to) (reconciliation), oldest change first. */
    public ChangePage<GenericAfterSale> listAfterSales(String shopId, Instant from, Instant to, int page,
            int pageSize) {
        JsonNode answer = read("/after-sales?shopId={shopId}&updatedFrom={from}&updatedTo={to}&page={page}"
                + "&pageSize={pageSize}", shopId, from, to, page, pageSize);
        List<GenericAfterSale> listed = new ArrayList<>();
        answer.path("afterSales").forEach(a -> listed.add(GenericJson.afterSale(a, "afterSales[].")));
        return new ChangePage<>(listed, answer.path("hasNext").asBoolean(false));
    }

    /** The references of every evidence pack on an after-sale ({@code after-sales}) or a complaint ({@code complaints}). */
    public List<String> evidence(String collection, String id) {
        List<String> all = new ArrayList<>();
        read("/{collection}/{id}/evidence", collection, id).path("evidence").forEach(e -> all.add(e.asString("")));
        return all;
    }

    /**
     * One merchant action at {@code path} (a URI template below {@code /generic/v1} whose variables are
     * {@code pathVariables}, each encoded once, whole, as it is given); {@code body} gets the idempotency key. A 4xx
     * answer is a refused outcome.
     */
    public DecisionOutcome act(String path, String subjectId, String idempotencyKey, Map<String, Object> body,
            Object... pathVariables) {
        Map<String, Object> withKey = new java.util.LinkedHashMap<>(body);
        withKey.put("idempotencyKey", idempotencyKey);
        ResponseEntity<String> answer = send(HttpMethod.POST, path, pathVariables, json.writeValueAsBytes(withKey));
        if (answer.getStatusCode().is2xxSuccessful()) {
            return DecisionOutcome.success(subjectId);
        }
        JsonNode error = parse(answer.getBody());
        return DecisionOutcome.refused(subjectId, error.path("code").asString("HTTP-" + answer.getStatusCode().value()),
                error.path("message").asString(""));
    }

    private JsonNode read(String path, Object... variables) {
        ResponseEntity<String> answer = send(HttpMethod.GET, path, variables, new byte[0]);
        JsonNode body = parse(answer.getBody());
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new GenericApiException(answer.getStatusCode().value(),
                    body.path("code").asString("HTTP-" + answer.getStatusCode().value()), body.path("message").asString(""));
        }
        return body;
    }

    /**
     * IDs are template variables, never part of the template: RestClient encodes each value once, so an ID with a
     * {@code %}, a space, Chinese, a {@code /} or a brace reaches the platform as exactly that ID.
     */
    private ResponseEntity<String> send(HttpMethod method, String path, Object[] variables, byte[] body) {
        String timestamp = Long.toString(clock.millis());
        String signed = signature.sign(timestamp, body);
        ResponseEntity<String> answer = http.call(client -> {
            RestClient.RequestBodySpec request = client.method(method).uri(BASE + path, variables)
                    .header(GenericSignature.APP_KEY_HEADER, properties.appKey())
                    .header(GenericSignature.TIMESTAMP_HEADER, timestamp)
                    .header(GenericSignature.SIGNATURE_HEADER, signed);
            if (method == HttpMethod.POST) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER)
                    .toEntity(String.class);
        });
        if (answer.getStatusCode().value() == 429) {
            // Slow down: not an answer to the request, so it is settled by re-reading later, never as a refusal.
            throw new GuardedHttp.PeerUnavailable("generic platform answered 429 RATE_LIMITED on " + path, false);
        }
        return answer;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        return json.readTree(body);
    }
}
