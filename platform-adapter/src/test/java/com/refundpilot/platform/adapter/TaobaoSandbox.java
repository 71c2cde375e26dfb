package com.refundpilot.platform.adapter;

import com.refundpilot.platform.domain.taobao.TaobaoWire;
import com.refundpilot.platform.domain.taobao.TopSignature;
import com.refundpilot.sandbox.SandboxApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The REAL Taobao sandbox for an adapter IT, on a free port of its own. It starts once per test class, when the
 * adapter's port is known (its context is up), and pushes its webhooks to the adapter under test.
 */
final class TaobaoSandbox {

    private static final String CONTROL = "/sandbox/platforms/taobao";

    private final int port = freePort();
    private ConfigurableApplicationContext app;

    String baseUrl() {
        return "http://localhost:" + port;
    }

    void startPushingTo(int adapterPort) {
        if (app == null) {
            // Command-line arguments outrank the sandbox's own sandbox.yml.
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

    RestClient api() {
        return RestClient.create(baseUrl());
    }

    /** What buyers and the platform do: a POST to the control API, {@code path} below /sandbox/platforms/taobao. */
    Map<?, ?> control(String path, Object body) {
        return api().post().uri(CONTROL + path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Map.class);
    }

    /** The platform's own view (the oracle), {@code path} below /sandbox/platforms/taobao. */
    Map<?, ?> read(String path) {
        return api().get().uri(CONTROL + path).retrieve().body(Map.class);
    }

    /** How often the adapter has called a TOP method. */
    long topCalls(String method) {
        Object count = ((Map<?, ?>) read("/stats").get("calls")).get(method);
        return count == null ? 0 : ((Number) count).longValue();
    }

    /** A merchant TOP call made directly (simulating a call whose answer never reached the adapter). */
    Map<?, ?> topCall(String method, Map<String, String> methodParams) {
        Map<String, String> params = new LinkedHashMap<>(methodParams);
        params.putAll(Map.of("method", method, "app_key", "sandbox-app", "session", "shop-1",
                "timestamp", TaobaoWire.time(Instant.now()), "v", "2.0", "format", "json", "sign_method", "md5"));
        params.put("sign", TopSignature.sign(params, "sandbox-secret"));
        var form = new LinkedMultiValueMap<String, String>();
        params.forEach(form::add);
        return api().post().uri("/router/rest").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(Map.class);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
