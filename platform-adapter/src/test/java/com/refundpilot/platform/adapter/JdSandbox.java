package com.refundpilot.platform.adapter;

import com.refundpilot.platform.domain.jd.JdSignature;
import com.refundpilot.platform.domain.jd.JdWire;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The REAL sandbox playing JD for an adapter IT, on a free port of its own. It starts once per test class, when the
 * adapter's port is known, and pushes JD's batches to the adapter's {@code /webhooks/jd} — or, started "silent", to
 * nowhere, so that a test posts every batch itself.
 */
final class JdSandbox {

    private static final String CONTROL = "/sandbox/platforms/jd";

    private final int port = freePort();
    private final JsonMapper json = JsonMapper.builder().build();
    private ConfigurableApplicationContext app;

    String baseUrl() {
        return "http://localhost:" + port;
    }

    void startPushingTo(int adapterPort) {
        start("--sandbox.taobao.webhook-url=http://localhost:" + adapterPort + "/webhooks/taobao");
    }

    /** JD's own pushes go to a port nobody listens on (recorded as status 0). */
    void startSilent() {
        start("--sandbox.jd.webhook-url=http://localhost:" + freePort() + "/webhooks/jd");
    }

    private void start(String pushTarget) {
        if (app == null) {
            // Command-line arguments outrank the sandbox's own sandbox.yml.
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

    /** What buyers and JD staff do: a POST to the control API, {@code path} below /sandbox/platforms/jd. */
    Map<?, ?> control(String path, Object body) {
        return api().post().uri(CONTROL + path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Map.class);
    }

    /** The platform's own view (the oracle), {@code path} below /sandbox/platforms/jd. */
    Map<?, ?> read(String path) {
        return api().get().uri(CONTROL + path).retrieve().body(Map.class);
    }

    /** How often the adapter has called a JOS method. */
    long calls(String method) {
        Object count = ((Map<?, ?>) read("/stats").get("calls")).get(method);
        return count == null ? 0 : ((Number) count).longValue();
    }

    /** A merchant router call made directly, as shop-1 (simulating a call whose answer never reached the adapter). */
    Map<?, ?> call(String method, Map<String, Object> methodParams) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("method", method);
        params.put("app_key", "sandbox-app");
        params.put("access_token", "shop-1");
        params.put("timestamp", JdWire.time(Instant.now()));
        params.put("v", "2.0");
        params.put("360buy_param_json", json.writeValueAsString(methodParams));
        params.put("sign", JdSignature.signCall(params, "sandbox-secret"));
        var form = new LinkedMultiValueMap<String, String>();
        params.forEach(form::add);
        return api().post().uri("/routerjson").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
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
