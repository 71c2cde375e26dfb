package com.refundpilot.sandbox.platform.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** pdd.rdc.pddgenius.sendgoods.cancel (PG 取消发货, ADR 0011): the JSON param, once, 50016 for a repeat. */
class PddSendGoodsCancelTest extends PddTestSupport {

    private static final String METHOD = "pdd.rdc.pddgenius.sendgoods.cancel";

    private Answer cancel(String param) {
        return call(METHOD, Map.of("param", param));
    }

    private static JsonNode result(Answer answer) {
        return answer.json().get("rdc_pddgenius_sendgoods_cancel_response").get("result");
    }

    private static String param(String refundId, String orderSn, String status, String extra) {
        return "{\"refund_id\":\"" + refundId + "\",\"tid\":\"" + orderSn + "\",\"status\":\"" + status
                + "\",\"refund_fee\":59900,\"operate_time\":1762826400123" + extra + "}";
    }

    @Test
    void aSuccessIsRecordedOnceWithItsMillisecondsAndARepeatIs50016() {
        String refundId = openRefund("REFUND_ONLY", 59900);

        JsonNode first = result(cancel(param(refundId, "T-" + refundId, "SUCCESS", "")));

        assertThat(first.get("success").asBoolean()).isTrue();
        assertThat(first.get("result_data").get("refund_id").asString()).isEqualTo(refundId);
        JsonNode action = oracle(refundId).get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("REPORT_SHIPMENT_CANCELLED");
        assertThat(action.get("params").get("cancelledAt").asString()).isEqualTo("2025-11-11T02:00:00.123Z");
        JsonNode again = result(cancel(param(refundId, "T-" + refundId, "SUCCESS", "")));
        assertThat(again.get("success").asBoolean()).isFalse();
        assertThat(again.get("error_code").asInt()).isEqualTo(50016);
        assertThat(oracle(refundId).get("actions").size()).isEqualTo(1);
    }

    @Test
    void anotherOrdersOrAFailReportChangesNothing() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        assertThat(result(cancel(param(refundId, "T-other", "SUCCESS", ""))).get("error_code").asInt())
                .as("the after-sale of another order does not exist").isEqualTo(50001);
        assertThat(result(cancel(param(refundId, "T-" + refundId, "FAIL", ",\"fail_reason_code\":1002")))
                .get("error_code").asInt()).as("FAIL is not played").isEqualTo(50017);
        assertThat(oracle(refundId).get("actions").size()).isZero();
    }

    @Test
    void aMalformedParamIsAParameterErrorNamingItsField() {
        String refundId = openRefund("REFUND_ONLY", 59900);
        assertError(cancel("[1]"), 10000, "invalid-parameter:param");
        assertError(cancel("{\"tid\":\"T-" + refundId + "\",\"status\":\"SUCCESS\",\"operate_time\":1}"), 10000,
                "missing-parameter:param.refund_id");
        assertError(cancel(param(refundId, "T-" + refundId, "FAIL", "")), 10000,
                "missing-parameter:param.fail_reason_code");
        assertError(cancel(param(refundId, "T-" + refundId, "FAIL", ",\"fail_reason_code\":1004")), 10000,
                "invalid-parameter:param.fail_reason_code");
        assertError(cancel("{\"refund_id\":\"" + refundId + "\",\"tid\":\"T-" + refundId + "\",\"status\":\"SUCCESS\","
                + "\"operate_time\":\"yesterday\"}"), 10000, "invalid-parameter:param.operate_time");
        assertThat(oracle(refundId).get("actions").size()).isZero();
    }
}
