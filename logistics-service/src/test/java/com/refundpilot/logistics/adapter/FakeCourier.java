package com.refundpilot.logistics.adapter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small courier on a free port that speaks the intercept API of docs/sandbox-protocol.md (202 accepted,
 * 409 ALREADY_SIGNED for a signed parcel, 404 unknown, 400 without requestId, idempotent per request ID),
 * records every call and can be told to answer 503 for a parcel, a few times or always.
 */
final class FakeCourier implements AutoCloseable {

    record Call(String trackingNo, String requestId, String reason) {
    }

    private record Answer(int status, String body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, String> statuses = new ConcurrentHashMap<>();
    private final Map<String, Answer> answered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outages = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeCourier() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/courier/api/shipments/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void shipment(String trackingNo, String status) {
        statuses.put(trackingNo, status);
    }

    /** The next {@code times} calls about the parcel answer 503; a negative number means for ever. */
    void unavailable(String trackingNo, int times) {
        outages.put(trackingNo, new AtomicInteger(times));
    }

    List<Call> calls(String trackingNo) {
        return calls.stream().filter(call -> call.trackingNo().equals(trackingNo)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().substring("/courier/api/shipments/".length()).split("/");
            String trackingNo = path[0];
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode request = json.readTree(body.isBlank() ? "{}" : body);
            String requestId = text(request, "requestId");
            calls.add(new Call(trackingNo, requestId, text(request, "reason")));

            AtomicInteger outage = outages.get(trackingNo);
            if (outage != null && (outage.get() < 0 || outage.getAndDecrement() > 0)) {
                respond(exchange, new Answer(503, problem(503, "courier gateway down", null)));
            } else if (path.length < 2 || !path[1].equals("intercept") || !"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, new Answer(404, problem(404, "no such endpoint", null)));
            } else if (requestId == null || requestId.isBlank()) {
                respond(exchange, new Answer(400, problem(400, "requestId: must not be blank", null)));
            } else if (!statuses.containsKey(trackingNo)) {
                respond(exchange, new Answer(404, problem(404, "no shipment " + trackingNo, null)));
            } else {
                respond(exchange, answered.computeIfAbsent(trackingNo + "|" + requestId, key -> {
                    String status = statuses.get(trackingNo);
                    return status.equals("SIGNED") || status.equals("RETURNED_SIGNED")
                            ? new Answer(409, problem(409, "parcel " + trackingNo + " was signed", "ALREADY_SIGNED"))
                            : new Answer(202, "{\"accepted\":true}");
                }));
            }
        }
    }

    private String problem(int status, String detail, String code) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", status);
        problem.put("detail", detail);
        if (code != null) {
            problem.put("code", code);
        }
        return json.writeValueAsString(problem);
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
