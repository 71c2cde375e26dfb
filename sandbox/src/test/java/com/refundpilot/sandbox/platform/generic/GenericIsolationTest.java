package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.platform.taobao.TaobaoWire;
import com.refundpilot.sandbox.platform.taobao.TopSigner;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A refund or complaint is reached only through its own platform: generic ones not over TOP, and vice versa. */
class GenericIsolationTest extends GenericTestSupport {

    private JsonNode top(String method, Map<String, String> methodParams) {
        Map<String, String> params = new HashMap<>(methodParams);
        params.putAll(Map.of("method", method, "app_key", "sandbox-app", "session", "shop-1",
                "timestamp", TaobaoWire.time(CLOCK.instant()), "v", "2.0", "format", "json"));
        params.put("sign", TopSigner.sign(SECRET, params));
        return http.postForm("/router/rest", params).json();
    }

    @Test
    void aGenericRefundIsUnknownToTopAndToTheTaobaoPaths() {
        String id = openRefund();

        assertThat(top("taobao.refund.get", Map.of("refund_id", id)).get("error_response").get("sub_code").asString())
                .isEqualTo("isv.refund-not-exist");
        JsonNode agreed = top("taobao.rp.refunds.agree", Map.of("refund_infos", id + "|59900|1|onsale"))
                .get("rp_refunds_agree_response").get("results").get(0);
        assertThat(agreed.get("sub_code").asString()).isEqualTo("isv.refund-not-exist");
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + id).status()).isEqualTo(404);
        assertThat(http.get("/sandbox/platforms/tmall/refunds/" + id).status()).isEqualTo(404);
        assertThat(oracle(id).get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(oracle(id).get("actions")).isEmpty();
    }

    @Test
    void aTaobaoRefundIsUnknownToTheGenericApi() {
        String id = unique("R");
        assertThat(http.postJson("/sandbox/platforms/taobao/refunds", refundJson(id, "REFUND_ONLY", 59900, "PT72H", ""))
                .status()).isEqualTo(201);

        assertRefused(apiGet("/after-sales/" + id), 404, "NOT_FOUND");
        assertRefused(apiPost("/after-sales/" + id + "/agree", "{\"idempotencyKey\":\"a\",\"version\":1,"
                + "\"amountFen\":59900}"), 404, "NOT_FOUND");
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + id).json().get("status").asString())
                .isEqualTo("WAIT_SELLER_AGREE");
        assertThat(http.get(REFUNDS + id).status()).isEqualTo(404);
    }

    @Test
    void complaintsAreKeptApartTheSameWay() {
        String generic = unique("GC");
        String taobao = unique("C");
        for (String[] c : new String[][] {{"generic", generic}, {"taobao", taobao}}) {
            Answer filed = http.postJson("/sandbox/platforms/" + c[0] + "/complaints", "{\"shopId\":\"shop-1\","
                    + "\"orderId\":\"T-" + c[1] + "\",\"complaintId\":\"" + c[1] + "\",\"kind\":\"SERVICE\"}");
            assertThat(filed.status()).isEqualTo(201);
        }
        assertThat(top("taobao.rp.complaint.get", Map.of("complaint_id", generic)).get("error_response")
                .get("sub_code").asString()).isEqualTo("isv.complaint-not-exist");
        assertRefused(apiGet("/complaints/" + taobao), 404, "NOT_FOUND");
    }
}
