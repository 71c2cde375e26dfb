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
 * A small courier on a free port that speaks the open API of docs/sandbox-protocol.md: the shipment read, the
 * intercept (202 accepted, 409 ALREADY_SIGNED for a signed parcel), nudge, verify-delivery, signing-proof (409
 * NOT_SIGNED unless signed), claims (201 with a claim ID) and address-correction; 404 unknown, 400 without
 * requestId, idempotent per (operation, request ID); claim IDs count up per parcel; the shipment read shows
 * {@code collectedAt} when a test set one. Records every call and can be told to answer 503 for a
 * parcel, a few times or always.
 */
final class FakeCourier implements AutoCloseable {

    record Call(String trackingNo, String requestId, String reason) {
    }

    /** Any call: {@code operation} is the path after the tracking number ("" for the shipment read). */
    record Request(String trackingNo, String method, String operation, JsonNode body) {
    }

    private record Parcel(String status, String lastMovementAt, String province, String city, String collectedAt) {
    }

    private record Answer(int status, String body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();
    private final Map<String, Answer> answered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> claims = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

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
        shipment(trackingNo, status, null);
    }

    void shipment(String trackingNo, String status, java.time.Instant lastMovementAt) {
        shipment(trackingNo, status, lastMovementAt, null);
    }

    /** A parcel whose first scan (揽收) the courier shows as {@code collectedAt}. */
    void shipment(String trackingNo, String status, java.time.Instant lastMovementAt, java.time.Instant collectedAt) {
        parcels.put(trackingNo, new Parcel(status, lastMovementAt == null ? null : lastMovementAt.toString(), "浙江",
                "杭州", collectedAt == null ? null : collectedAt.toString()));
    }

    /** The next {@code times} calls about the parcel answer 503; a negative number means for ever. */
    void unavailable(String trackingNo, int times) {
        outages.put(trackingNo, new AtomicInteger(times));
    }

    List<Call> calls(String trackingNo) {
        return calls.stream().filter(call -> call.trackingNo().equals(trackingNo)).toList();
    }

    List<Request> requests(String trackingNo) {
        return requests.stream().filter(request -> request.trackingNo().equals(trackingNo)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().substring("/courier/api/shipments/".length()).split("/");
            String trackingNo = path[0];
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode request = json.readTree(body.isBlank() ? "{}" : body);
            String requestId = text(request, "requestId");
            calls.add(new Call(trackingNo, requestId, text(request, "reason")));

            String operation = path.length < 2 ? "" : path[1];
            requests.add(new Request(trackingNo, exchange.getRequestMethod(), operation, request));

            AtomicInteger outage = outages.get(trackingNo);
            Parcel parcel = parcels.get(trackingNo);
            if (outage != null && (outage.get() < 0 || outage.getAndDecrement() > 0)) {
                respond(exchange, new Answer(503, problem(503, "courier gateway down", null)));
            } else if (operation.isEmpty() && "GET".equals(exchange.getRequestMethod())) {
                respond(exchange, parcel == null ? new Answer(404, problem(404, "no shipment " + trackingNo, null))
                        : new Answer(200, view(trackingNo, parcel)));
            } else if (!OPERATIONS.contains(operation) || !"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, new Answer(404, problem(404, "no such endpoint", null)));
            } else if (requestId == null || requestId.isBlank()) {
                respond(exchange, new Answer(400, problem(400, "requestId: must not be blank", null)));
            } else if (parcel == null) {
                respond(exchange, new Answer(404, problem(404, "no shipment " + trackingNo, null)));
            } else {
                respond(exchange, answered.computeIfAbsent(trackingNo + "|" + operation + "|" + requestId,
                        key -> decide(trackingNo, operation, parcel.status(), request)));
            }
        }
    }

    private static final List<String> OPERATIONS = List.of("intercept", "nudge", "verify-delivery", "signing-proof",
            "claims", "address-correction");

    private Answer decide(String trackingNo, String operation, String status, JsonNode request) {
        boolean signed = status.equals("SIGNED") || status.equals("RETURNED_SIGNED");
        return switch (operation) {
            case "intercept", "nudge" -> signed
                    ? new Answer(409, problem(409, "parcel " + trackingNo + " was signed", "ALREADY_SIGNED"))
                    : new Answer(202, "{\"accepted\":true}");
            case "verify-delivery" -> new Answer(202, "{\"accepted\":true}");
            case "signing-proof" -> signed
                    ? new Answer(200, json.writeValueAsString(Map.of("trackingNo", trackingNo, "signer", "本人签收",
                            "proofUrl", baseUrl() + "/proofs/" + trackingNo)))
                    : new Answer(409, problem(409, "parcel " + trackingNo + " is not signed", "NOT_SIGNED"));
            case "claims" -> !validClaimValue(request.get("valueFen"))
                    ? new Answer(400, problem(400, "valueFen: must be greater than 0", null))
                    : new Answer(201, json.writeValueAsString(Map.of("claimId", "CLM-" + trackingNo + "-"
                            + claims.computeIfAbsent(trackingNo, no -> new AtomicInteger()).incrementAndGet(),
                            "status", "SUBMITTED")));
            default -> text(request, "province") == null
                    ? new Answer(400, problem(400, "province: must not be blank", null))
                    : new Answer(200, "{\"accepted\":true}");
        };
    }

    private static boolean validClaimValue(JsonNode value) {
        return value != null && value.isNumber() && value.asLong() >= 1;
    }

    private String view(String trackingNo, Parcel parcel) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("trackingNo", trackingNo);
        view.put("carrier", "ZTO");
        view.put("status", parcel.status());
        view.put("lastMovementAt", parcel.lastMovementAt());
        view.put("province", parcel.province());
        view.put("city", parcel.city());
        view.put("interceptRequested", false);
        view.put("collectedAt", parcel.collectedAt());
        return json.writeValueAsString(view);
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
