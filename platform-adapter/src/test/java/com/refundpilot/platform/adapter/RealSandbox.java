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
 * The REAL sandbox playing one platform for an adapter IT, on a free port of its own. It starts once per test class,
 * when the adapter's port is known, and pushes to the adapter under test (each platform's webhook on the host of the
 * Taobao webhook, as by default). Its control API and oracle are below {@code /sandbox/platforms/{platform}}.
 */
class RealSandbox {

    private final String control;
    private final int port = freePort();
    private ConfigurableApplicationContext app;

    /** {@code platform}: the segment in /sandbox/platforms/{platform} (taobao, pinduoduo, jd, douyin, …). */
    RealSandbox(String platform) {
        this.control = "/sandbox/platforms/" + platform;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Where the adapter reaches the platform's open API (its {@code base-url}). */
    String apiBaseUrl() {
        return baseUrl();
    }

    void startPushingTo(int adapterPort) {
        start("--sandbox.taobao.webhook-url=http://localhost:" + adapterPort + "/webhooks/taobao");
    }

    /** Starts it once, {@code pushTarget} a command-line argument: those outrank the sandbox's own sandbox.yml. */
    void start(String pushTarget) {
        if (app == null) {
            app = new SpringApplicationBuilder(SandboxApplication.class)
                    .properties("spring.config.name=" + SandboxApplication.CONFIG_NAME)
                    .run("--server.port=" + port, pushTarget);
        }
    }

    void stop() {
        if (app != null) {
            app.close();
        }
    }

    RestClient api() {
        return RestClient.create(baseUrl());
    }

    /** What buyers and the platform's staff do: a POST to the control API, {@code path} below its root. */
    Map<?, ?> control(String path, Object body) {
        return api().post().uri(control + path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Map.class);
    }

    /** The platform's own view (the oracle), {@code path} below its root. */
    Map<?, ?> read(String path) {
        return api().get().uri(control + path).retrieve().body(Map.class);
    }

    /** How often the adapter has called a platform method (a TOP or JOS method, a Douyin method, a WeChat path). */
    long calls(String method) {
        Object count = ((Map<?, ?>) read("/stats").get("calls")).get(method);
        return count == null ? 0 : ((Number) count).longValue();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
