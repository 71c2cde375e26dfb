package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A JD bill is reached only through JD, and by its own shop; JD reaches no other platform's refund. */
class JdIsolationTest extends JdTestSupport {

    @Test
    void aJdBillIsUnknownToTopAndToTheOtherPlatformsPathsAndATaobaoRefundToJd() {
        String jdId = openRefund();
        String taobaoId = unique("TB");
        Answer taobao = http.postJson("/sandbox/platforms/taobao/refunds", refundJson(taobaoId, "REFUND_ONLY", 100, ""));
        assertThat(taobao.status()).isEqualTo(201);

        assertFailure(result(call("jingdong.asc.query.view", Map.of("serviceId", taobaoId)), "jingdong.asc.query.view"),
                "10100");
        assertFailure(replyResult(call(JdOpenApiTest.REPLY, Map.of("id", taobaoId, "status", "1", "checkUserName", "x",
                "remark", "x"))), "10100");
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + jdId).status()).isEqualTo(404);
        assertThat(http.get("/sandbox/platforms/generic/refunds/" + jdId).status()).isEqualTo(404);
        assertThat(http.get(CONTROL + "/refunds/" + taobaoId).status()).isEqualTo(404);
        Map<String, String> top = new java.util.HashMap<>(Map.of("method", "taobao.refund.get", "app_key",
                "sandbox-app", "session", "shop-1", "timestamp", time(CLOCK.instant()), "v", "2.0", "format", "json",
                "sign_method", "md5", "refund_id", jdId));
        top.put("sign", sign(top));
        assertThat(http.postForm("/router/rest", top).json().get("error_response").get("sub_code").asString())
                .isEqualTo("isv.refund-not-exist");
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + taobaoId).json().get("status").asString())
                .isEqualTo("WAIT_SELLER_AGREE");
    }

    @Test
    void anotherShopsTokenDoesNotSeeTheBillAndTheCapabilitiesAreJds() {
        String id = openRefund();

        JsonNode other = call("jingdong.asc.query.view", Map.of("serviceId", id), "shop-2", Map.of());
        assertFailure(result(other, "jingdong.asc.query.view"), "10100");
        assertFailure(result(call("jingdong.asc.query.view", Map.of("serviceId", id, "buId", "shop-2")),
                "jingdong.asc.query.view"), "10100");

        JsonNode capabilities = http.get(CONTROL + "/capabilities").json();
        assertThat(capabilities.get("platform").asString()).isEqualTo("JD");
        assertThat(capabilities.get("actions").toString()).contains("AGREE_REFUND", "NEGOTIATE", "EXTEND_RECEIPT")
                .as("JD has no call to report a cancelled shipment").doesNotContain("REPORT_SHIPMENT_CANCELLED");
        assertThat(capabilities.get("assumed").toString()).isEqualTo("[\"AGREE_PARTIAL_REFUND\",\"NEGOTIATE\","
                + "\"EXTEND_RECEIPT\",\"UPLOAD_EVIDENCE\",\"COMPENSATE\",\"ACCEPT_COMPLAINT\",\"REJECT_COMPLAINT\"]");
        assertThat(http.get(CONTROL + "/stats").json().get("refunds").asInt()).isPositive();
    }
}
