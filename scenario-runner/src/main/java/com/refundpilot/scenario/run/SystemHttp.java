package com.refundpilot.scenario.run;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The runner's HTTP calls to the system and the sandbox: JSON in, JSON out. A transport problem (no answer,
 * connection refused, timeout) ends the scenario as a {@link ScenarioFailure}. Thread-safe.
 */
final class SystemHttp {

    private final HttpClient client;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Duration timeout;

    SystemHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** An answer: status and body (parsed when it is JSON). */
    record Answer(String method, URI uri, int status, String body, JsonNode json) {

        boolean is(int... statuses) {
            for (int s : statuses) {
                if (status == s) {
                    return true;
                }
            }
            return false;
        }

        /** "sandbox answered 400 to POST /sandbox/...: amountFen: must not be null". */
        String problem(String who) {
            String detail = json != null && json.hasNonNull("detail") ? json.get("detail").asString()
                    : body == null || body.isBlank() ? "(empty body)"
                    : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return who + " answered " + status + " to " + method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + ": " + detail;
        }
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    Answer get(URI uri) {
        return send("GET", uri, null);
    }

    Answer send(String method, URI uri, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ScenarioFailure("no answer within " + timeout.toSeconds() + " s to " + method + " " + uri, e);
        } catch (IOException e) {
            throw new ScenarioFailure("cannot reach " + uri + " (" + method + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailure("interrupted during " + method + " " + uri, e);
        }
        String text = response.body();
        JsonNode parsed = null;
        if (text != null && !text.isBlank()) {
            try {
                parsed = json.readTree(text);
            } catch (JacksonException e) {
                parsed = null; // not JSON; kept as text for messages
            }
        }
        return new Answer(method, uri, response.statusCode(), text, parsed);
    }

    /** {@code base} + {@code path} ({@code path} starts with a slash and is already encoded). */
    static URI at(URI base, String path) {
        String b = base.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return URI.create(b + path);
    }

    /** A path segment or query value, percent-encoded ({@code TAOBAO:shop-1:R1} → {@code TAOBAO%3Ashop-1%3AR1}). */
    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
