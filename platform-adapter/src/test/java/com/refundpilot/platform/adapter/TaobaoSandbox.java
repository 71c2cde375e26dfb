package com.refundpilot.platform.adapter;

import com.refundpilot.platform.domain.taobao.TaobaoWire;
import com.refundpilot.platform.domain.taobao.TopSignature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The REAL Taobao sandbox for an adapter IT, on a free port of its own. It starts once per test class, when the
 * adapter's port is known (its context is up), and pushes its webhooks to the adapter under test.
 */
final class TaobaoSandbox extends RealSandbox {

    TaobaoSandbox() {
        super("taobao");
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
}
