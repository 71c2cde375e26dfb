package com.refundpilot.warehouse.adapter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * A small ERP on a free port that speaks the open API of docs/sandbox-protocol.md (order view with label,
 * consignee and item, the five stop operations with their refusal precedence, reship / ship-exchange /
 * return-wrong-goods, the records of returns and weights (echoed), idempotency per request ID), records every call it receives and can be told to answer 503 for an order, a
 * few times or always.
 */
final class FakeErp implements AutoCloseable {

    record Call(String method, String orderId, String operation, String requestId, String note) {
    }

    private static final class Order {
        String fulfilment;
        boolean forceShip;
        boolean cancelled;
        boolean intercepted;
        boolean voidFails;
        String carrier;
        String trackingNo;
        boolean labelPrinted;
        Map<String, Object> consignee;
        Map<String, Object> item;
        int replacements;
        final List<String> flags = new ArrayList<>();
    }

    private record Answer(int status, String body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, Answer> answered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outages = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> bodiesByRequestId = new ConcurrentHashMap<>();

    FakeErp() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/erp/api/orders/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String orderId, String fulfilment) {
        put(orderId, fulfilment, null, null);
    }

    void put(String orderId, String fulfilment, String carrier, String trackingNo) {
        var order = new Order();
        order.fulfilment = fulfilment;
        order.carrier = carrier;
        order.trackingNo = trackingNo;
        orders.put(orderId, order);
    }

    /** The morning batch printed the order's label (it is allocated and audited). */
    void labelPrinted(String orderId) {
        Order order = orders.get(orderId);
        order.fulfilment = "ALLOCATED_AUDITED";
        order.labelPrinted = true;
    }

    void describe(String orderId, Map<String, Object> consignee, Map<String, Object> item) {
        orders.get(orderId).consignee = consignee;
        orders.get(orderId).item = item;
    }

    /** The body of the call that carried this request ID. */
    JsonNode body(String requestId) {
        return bodiesByRequestId.get(requestId);
    }

    /** The next {@code times} calls about the order answer 503; a negative number means for ever. */
    void unavailable(String orderId, int times) {
        outages.put(orderId, new AtomicInteger(times));
    }

    List<Call> calls(String orderId) {
        return calls.stream().filter(call -> call.orderId().equals(orderId)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().substring("/erp/api/orders/".length()).split("/");
            String orderId = path[0];
            String operation = path.length > 1 ? path[1] : null;
            JsonNode request = json.readTree(readBody(exchange));
            String requestId = text(request, "requestId");
            String note = text(request, "note");
            calls.add(new Call(exchange.getRequestMethod(), orderId, operation, requestId, note));
            if (requestId != null) {
                bodiesByRequestId.put(requestId, request);
            }

            AtomicInteger outage = outages.get(orderId);
            if (outage != null && (outage.get() < 0 || outage.getAndDecrement() > 0)) {
                respond(exchange, new Answer(503, problem(503, "ERP maintenance", null)));
                return;
            }
            Order order = orders.get(orderId);
            if (order == null) {
                respond(exchange, new Answer(404, problem(404, "no order " + orderId, null)));
            } else if (operation == null) {
                respond(exchange, new Answer(200, view(orderId, order)));
            } else {
                respond(exchange, answered.computeIfAbsent(orderId + "|" + requestId,
                        key -> perform(orderId, order, operation, request)));
            }
        }
    }

    private synchronized Answer perform(String orderId, Order order, String operation, JsonNode request) {
        String note = text(request, "note");
        boolean shipped = order.fulfilment.startsWith("SHIPPED");
        if (operation.equals("reship") || operation.equals("ship-exchange") || operation.equals("return-wrong-goods")) {
            return shipAgain(orderId, order, operation, request, shipped || operation.equals("return-wrong-goods"));
        }
        if (operation.equals("returns") || operation.equals("parcel-weight")) {
            return new Answer(200, json.writeValueAsString(request)); // recorded: the ERP echoes the record
        }
        if (!operation.equals("flag")) {
            if (shipped) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("carrier", order.carrier);
                extra.put("trackingNo", order.trackingNo);
                return refuse("ALREADY_SHIPPED", "order " + orderId + " has shipped", extra);
            }
            if (order.forceShip) {
                return refuse("FORCE_SHIP", "order " + orderId + " is flagged force-ship", null);
            }
            if (order.cancelled) {
                return refuse("ALREADY_CANCELLED", "order " + orderId + " is cancelled", null);
            }
            if (order.labelPrinted && (operation.equals("cancel") || operation.equals("unaudit"))) {
                return refuse("LABEL_PRINTED", "order " + orderId + " has its waybill label printed", null);
            }
        }
        switch (operation) {
            case "cancel" -> {
                if (!order.fulfilment.equals("NOT_ALLOCATED_NOT_AUDITED")) {
                    return refuse("INVALID_STATE", "cancel needs NOT_ALLOCATED_NOT_AUDITED", null);
                }
                order.cancelled = true;
            }
            case "unaudit" -> {
                if (!order.fulfilment.equals("NOT_ALLOCATED_AUDITED")) {
                    return refuse("INVALID_STATE", "unaudit needs NOT_ALLOCATED_AUDITED", null);
                }
                order.fulfilment = "NOT_ALLOCATED_NOT_AUDITED";
            }
            case "intercept" -> {
                if (!order.fulfilment.equals("ALLOCATED_AUDITED")) {
                    return refuse("INVALID_STATE", "intercept needs ALLOCATED_AUDITED", null);
                }
                order.intercepted = true;
            }
            case "void" -> {
                if (!order.fulfilment.equals("ALLOCATED_AUDITED") || !order.intercepted) {
                    return refuse("INVALID_STATE", "void needs an intercepted ALLOCATED_AUDITED order", null);
                }
                if (order.voidFails) {
                    return refuse("VOID_FAILED", "picking list already printed", null);
                }
                order.fulfilment = "NOT_ALLOCATED_AUDITED";
                order.labelPrinted = false;
            }
            case "flag" -> {
                if (note != null && !note.isBlank()) {
                    order.flags.add(note);
                }
            }
            default -> {
                return new Answer(400, problem(400, "operation: unknown operation '" + operation + "'", null));
            }
        }
        return new Answer(200, view(orderId, order));
    }

    private Answer shipAgain(String orderId, Order order, String operation, JsonNode request, boolean shipped) {
        if (!shipped) {
            return refuse("INVALID_STATE", operation + " needs an order that shipped", null);
        }
        order.replacements++;
        Map<String, Object> answer = new LinkedHashMap<>();
        String kind = operation.equals("reship") ? "RESHIP" : operation.equals("ship-exchange") ? "SHIP_EXCHANGE"
                : "RETURN_WRONG_GOODS";
        answer.put("kind", kind);
        answer.put("carrier", order.carrier == null ? "ZTO" : order.carrier);
        answer.put("trackingNo", orderId + (operation.equals("reship") ? "-RS" : operation.equals("ship-exchange")
                ? "-EX" : "-RW") + order.replacements);
        answer.put("sku", text(request, "sku"));
        answer.put("quantity", request.path("quantity").asInt(1));
        answer.put("order", json.readTree(view(orderId, order)));
        return new Answer(200, json.writeValueAsString(answer));
    }

    private Answer refuse(String code, String detail, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", code);
        if (extra != null) {
            properties.putAll(extra);
        }
        return new Answer(409, problem(409, detail, properties));
    }

    private String view(String orderId, Order order) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("orderId", orderId);
        view.put("platform", "TAOBAO");
        view.put("shopId", "shop-1");
        view.put("fulfilment", order.fulfilment);
        view.put("forceShip", order.forceShip);
        view.put("cancelled", order.cancelled);
        view.put("interceptedInWarehouse", order.intercepted);
        view.put("interceptNote", null);
        view.put("flags", List.copyOf(order.flags));
        view.put("carrier", order.carrier);
        view.put("trackingNo", order.trackingNo);
        view.put("weightGrams", 620);
        view.put("labelPrinted", order.labelPrinted);
        view.put("consignee", order.consignee);
        view.put("item", order.item);
        return json.writeValueAsString(view);
    }

    private String problem(int status, String detail, Map<String, Object> properties) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", status);
        problem.put("detail", detail);
        if (properties != null) {
            problem.putAll(properties);
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

    private static String readBody(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return body.isBlank() ? "{}" : body;
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
