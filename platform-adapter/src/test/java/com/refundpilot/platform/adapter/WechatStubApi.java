package com.refundpilot.platform.adapter;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A stand-in for the WeChat Channels API in the webhook's security IT: a token, and canned answers per path keyed by
 * the after-sale ID in the body. Records every request path and body, so a test can show a refused push fetched
 * nothing.
 */
final class WechatStubApi {

    private final HttpServer server;
    private final Map<String, Function<String, String>> answers = new ConcurrentHashMap<>();
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();

    WechatStubApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        answers.put("/cgi-bin/token", body -> "{\"access_token\":\"STUB_TOKEN\",\"expires_in\":7200}");
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            requests.add(path + " " + body);
            Function<String, String> answer = answers.get(path);
            byte[] out = (answer == null ? "{\"errcode\":48001,\"errmsg\":\"api unauthorized\"}" : answer.apply(body))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String path, Function<String, String> answer) {
        answers.put(path, answer);
    }

    /** Requests received on the path whose body mentions the text. */
    long requestsAbout(String path, String mentioning) {
        return requests.stream().filter(r -> r.startsWith(path + " ") && r.contains(mentioning)).count();
    }

    void stop() {
        server.stop(0);
    }
}
