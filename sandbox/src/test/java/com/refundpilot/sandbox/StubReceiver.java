package com.refundpilot.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for the merchant's webhook and tracking endpoints. Keeps the raw
 * bytes of every request so a test verifies signatures over exactly what went over the wire.
 */
public final class StubReceiver {

    public static final StubReceiver INSTANCE = start();

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger answerStatus = new AtomicInteger(200);

    public record Received(String path, Map<String, List<String>> headers, byte[] body, String query) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private StubReceiver(HttpServer server) {
        this.server = server;
    }

    private static StubReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubReceiver stub = new StubReceiver(server);
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    stub.received.add(new Received(exchange.getRequestURI().getPath(),
                            Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes(),
                            exchange.getRequestURI().getRawQuery()));
                }
                exchange.sendResponseHeaders(stub.answerStatus.get(), -1);
                exchange.close();
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Received requests on a path whose body contains the given text (e.g. a refund or tracking ID). */
    public List<Received> receivedOn(String path, String containing) {
        return received.stream()
                .filter(r -> r.path().equals(path) && r.text().contains(containing))
                .toList();
    }

    public void answerWith(int status) {
        answerStatus.set(status);
    }
}
