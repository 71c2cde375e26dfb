package com.refundpilot.platform.adapter;

import com.refundpilot.platform.domain.jd.JdSignature;
import com.refundpilot.platform.domain.jd.JdWire;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REAL sandbox playing JD for an adapter IT, on a free port of its own. It starts once per test class, when the
 * adapter's port is known, and pushes JD's batches to the adapter's {@code /webhooks/jd} — or, started "silent", to
 * nowhere, so that a test posts every batch itself.
 */
final class JdSandbox extends RealSandbox {

    private final JsonMapper json = JsonMapper.builder().build();

    JdSandbox() {
        super("jd");
    }

    /** JD's own pushes go to a port nobody listens on (recorded as status 0). */
    void startSilent() {
        start("--sandbox.jd.webhook-url=http://localhost:" + freePort() + "/webhooks/jd");
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
}
