package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Helpers shared by the Taobao sandbox tests: open a refund, call TOP as shop-1, read the oracle and pushes. */
abstract class TaobaoTestSupport extends SandboxIntegrationTest {

    static final String REFUNDS = "/sandbox/platforms/taobao/refunds/";
    static final String COMPLAINTS = "/sandbox/platforms/taobao/complaints/";

    String openRefund(String type, long amountFen, String deadlineIn) {
        String refundId = unique("R");
        String body = TaobaoControlApiTest.refundJson(refundId, "")
                .replace("REFUND_ONLY", type)
                .replace("\"amountFen\":59900", "\"amountFen\":" + amountFen)
                .replace("PT72H", deadlineIn);
        assertThat(http.postJson("/sandbox/platforms/taobao/refunds", body).status()).isEqualTo(201);
        return refundId;
    }

    String openRefund() {
        return openRefund("REFUND_ONLY", 59900, "PT72H");
    }

    Answer control(String refundId, String action, String json) {
        return http.postJson(REFUNDS + refundId + "/" + action, json);
    }

    JsonNode oracle(String refundId) {
        return http.get(REFUNDS + refundId).json();
    }

    /** A merchant's signed TOP call, shop-1's session unless the parameters name another. */
    Answer top(String method, Map<String, String> methodParams) {
        Map<String, String> params = new HashMap<>(methodParams);
        params.put("method", method);
        params.put("app_key", "sandbox-app");
        params.put("session", params.getOrDefault("session", "shop-1"));
        params.put("timestamp", TaobaoWire.time(CLOCK.instant()));
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("sign_method", "md5");
        params.put("sign", TopSigner.sign("sandbox-secret", params));
        return http.postForm("/router/rest", params);
    }

    JsonNode refuse(String refundId, long version, String proof) {
        Map<String, String> params = new HashMap<>(Map.of("refund_id", refundId, "refuse_reason", "快递显示本人签收",
                "refuse_reason_code", "SIGNED_BY_BUYER", "refund_version", Long.toString(version)));
        if (proof != null) {
            params.put("refuse_proof", proof);
        }
        return top("taobao.refund.refuse", params).json().get("refund_refuse_response");
    }

    JsonNode negotiate(String refundId, String type, String fee, long version) {
        Map<String, String> params = new HashMap<>(Map.of("refund_id", refundId, "negotiate_type", type,
                "message", "定制商品已生产，协商部分退款", "refund_version", Long.toString(version)));
        if (fee != null) {
            params.put("refund_fee", fee);
        }
        return top("taobao.rp.refund.negotiate", params).json().get("rp_refund_negotiate_response");
    }

    JsonNode agree(String refundId, long amountFen, long version) {
        return top("taobao.rp.refunds.agree", Map.of("refund_infos", refundId + "|" + amountFen + "|" + version
                + "|onsale")).json().get("rp_refunds_agree_response").get("results").get(0);
    }

    /** taobao.rp.returngoods.agree to the shop's Hangzhou warehouse; {@code extra} adds or overrides parameters. */
    JsonNode agreeReturn(String refundId, long version, Map<String, String> extra) {
        Map<String, String> params = new HashMap<>(Map.of("refund_id", refundId, "refund_version",
                Long.toString(version), "province", "浙江", "city", "杭州", "address", "余杭区仓前街道1号 退货仓",
                "seller_pays_postage", "true"));
        params.putAll(extra);
        params.values().removeIf(String::isEmpty);
        return topAnswer("taobao.rp.returngoods.agree", params, "rp_returngoods_agree_response");
    }

    JsonNode extendReceipt(String refundId, long version, String days) {
        return topAnswer("taobao.rp.returngoods.extend", Map.of("refund_id", refundId,
                "refund_version", Long.toString(version), "extend_days", days), "rp_returngoods_extend_response");
    }

    /** The method's answer, or the error_response when there is one. */
    JsonNode topAnswer(String method, Map<String, String> params, String responseName) {
        JsonNode answer = top(method, params).json();
        return answer.has("error_response") ? answer.get("error_response") : answer.get(responseName);
    }

    /** A refund whose buyer ships the return after the merchant agreed it: WAIT_SELLER_CONFIRM_GOODS, version 3. */
    String returnOnItsWay(String deadlineIn) {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        assertThat(agreeReturn(refundId, 1, Map.of()).get("succ").asBoolean()).isTrue();
        String body = deadlineIn == null ? "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-" + refundId + "\"}"
                : "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-" + refundId + "\",\"deadlineIn\":\"" + deadlineIn + "\"}";
        assertThat(control(refundId, "return-shipment", body).status()).isEqualTo(200);
        return refundId;
    }

    String fileComplaint(String extra) {
        String complaintId = unique("C");
        Answer filed = http.postJson("/sandbox/platforms/taobao/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-"
                + complaintId + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\","
                + "\"deadlineIn\":\"PT24H\"" + extra + "}");
        assertThat(filed.status()).isEqualTo(201);
        return complaintId;
    }

    Answer complaintControl(String complaintId, String action, String json) {
        return http.postJson(COMPLAINTS + complaintId + "/" + action, json);
    }

    JsonNode complaintOracle(String complaintId) {
        return http.get(COMPLAINTS + complaintId).json();
    }

    JsonNode refundGet(String refundId) {
        return top("taobao.refund.get", Map.of("refund_id", refundId)).json().get("refund_get_response").get("refund");
    }

    /** The pushed messages about a refund on a topic, content parsed. */
    List<JsonNode> pushedContents(String refundId, String topic) {
        return STUB.receivedOn(WEBHOOK_PATH, refundId).stream().map(Received::text).map(Http::parse)
                .filter(m -> m.get("topic").asString().equals(topic))
                .map(m -> Http.parse(m.get("content").asString())).toList();
    }

    static List<String> actionNames(JsonNode refund) {
        List<String> names = new java.util.ArrayList<>();
        refund.get("actions").forEach(a -> names.add(a.get("action").asString()));
        return names;
    }

    static void assertConflict(Answer answer, String code) {
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
    }
}
