package com.refundpilot.platform.adapter;

import com.refundpilot.sandbox.SandboxApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The REAL sandbox playing Douyin for an adapter IT, on a free port of its own, started once the adapter's port is
 * known. Its Douyin batches go to {@code /webhooks/douyin} on the adapter (the Taobao webhook's host, as by default);
 * its open API is {@code /douyin}.
 */
final class DouyinSandbox {

    private static final String CONTROL = "/sandbox/platforms/douyin";

    private final int port = freePort();
    private ConfigurableApplicationContext app;

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String apiBaseUrl() {
        return baseUrl() + "/douyin";
    }

    void startPushingTo(int adapterPort) {
        if (app == null) {
            app = new SpringApplicationBuilder(SandboxApplication.class)
                    .properties("spring.config.name=" + SandboxApplication.CONFIG_NAME)
                    .run("--server.port=" + port,
                            "--sandbox.taobao.webhook-url=http://localhost:" + adapterPort + "/webhooks/taobao");
        }
    }

    void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** What buyers and the platform's staff do: a POST to the control API below /sandbox/platforms/douyin. */
    Map<?, ?> control(String path, Object body) {
        return RestClient.create(baseUrl()).post().uri(CONTROL + path).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(Map.class);
    }

    /** The platform's own view (the oracle). */
    Map<?, ?> read(String path) {
        return RestClient.create(baseUrl()).get().uri(CONTROL + path).retrieve().body(Map.class);
    }

    /** How often the adapter has called a Douyin method (afterSale.operate, …). */
    long calls(String method) {
        Object count = ((Map<?, ?>) read("/stats").get("calls")).get(method);
        return count == null ? 0 : ((Number) count).longValue();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
