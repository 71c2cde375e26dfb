package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * taobao.rdc.aligenius.sendgoods.cancel (AliGenius 取消发货, ADR 0011) and the shared model call every dialect's
 * report goes through: once per refund-only request, recorded in its actions, never a refund by itself.
 */
class TopSendGoodsCancelTest extends TaobaoTestSupport {

    private JsonNode cancel(String param) {
        JsonNode answer = top("taobao.rdc.aligenius.sendgoods.cancel", Map.of("param", param)).json();
        return answer.has("error_response") ? answer.get("error_response")
                : answer.get("rdc_aligenius_sendgoods_cancel_response").get("result");
    }

    private static String param(String refundId, String status, long fee) {
        return "{\"refund_id\":\"" + refundId + "\",\"tid\":\"T1\",\"status\":\"" + status + "\",\"refund_fee\":" + fee
                + ",\"operate_time\":\"2026-11-11 10:00:00\"}";
    }

    @Test
    void aReportIsRecordedOnceAndARepeatIsToldItWasReported() {
        String refundId = openRefund();

        JsonNode first = cancel(param(refundId, "SUCCESS", 59900));

        assertThat(first.get("success").asBoolean()).isTrue();
        assertThat(first.get("result_data").get("refund_id").asString()).isEqualTo(refundId);
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).as("informational: no refund by itself").isEqualTo("WAIT_SELLER_AGREE");
        JsonNode action = seen.get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("REPORT_SHIPMENT_CANCELLED");
        assertThat(action.get("params").get("cancelledAt").asString()).as("operate_time is Beijing time")
                .isEqualTo("2026-11-11T02:00:00Z");
        assertThat(action.get("params").get("refundFen").asString()).isEqualTo("59900");

        JsonNode again = cancel(param(refundId, "SUCCESS", 59900));
        assertThat(again.get("success").asBoolean()).isFalse();
        assertThat(again.get("error_code").asString()).isEqualTo("isv.shipment-cancel-reported");
        assertThat(oracle(refundId).get("actions").size()).isEqualTo(1);
    }

    @Test
    void whatTheRequestForbidsIsRefusedAndChangesNothing() {
        String returning = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        assertThat(cancel(param(returning, "SUCCESS", 100)).get("error_code").asString())
                .isEqualTo("isv.refund-type-invalid");
        String refundId = openRefund();
        assertThat(cancel(param(refundId, "SUCCESS", 59901)).get("error_code").asString())
                .isEqualTo("isv.refund-amount-invalid");
        assertThat(cancel(param(refundId, "FAIL", 59900)).get("error_code").asString())
                .isEqualTo("isv.status-not-played");
        assertThat(cancel(param(unique("NOPE"), "SUCCESS", 1)).get("error_code").asString())
                .isEqualTo("isv.refund-not-exist");
        http.postJson(REFUNDS + refundId + "/close", "");
        assertThat(cancel(param(refundId, "SUCCESS", 59900)).get("error_code").asString())
                .isEqualTo("isv.refund-status-invalid");
        assertThat(oracle(refundId).get("actions").size()).isZero();
        assertThat(oracle(returning).get("actions").size()).isZero();
    }

    @Test
    void aMalformedParamIsARequestErrorNamingItsField() {
        String refundId = openRefund();
        assertThat(cancel("not json").get("sub_code").asString()).isEqualTo("isv.invalid-parameter:param");
        assertThat(cancel("{\"status\":\"SUCCESS\",\"operate_time\":\"2026-11-11 10:00:00\"}").get("sub_code")
                .asString()).isEqualTo("isv.missing-parameter:param.refund_id");
        assertThat(cancel("{\"refund_id\":\"" + refundId + "\",\"status\":\"DONE\",\"operate_time\":\"2026-11-11 "
                + "10:00:00\"}").get("sub_code").asString()).isEqualTo("isv.invalid-parameter:param.status");
        assertThat(cancel("{\"refund_id\":\"" + refundId + "\",\"status\":\"SUCCESS\",\"operate_time\":\"today\"}")
                .get("sub_code").asString()).isEqualTo("isv.invalid-parameter:param.operate_time");
        assertThat(cancel("{\"refund_id\":\"" + refundId + "\",\"status\":\"SUCCESS\",\"refund_fee\":\"9.9\","
                + "\"operate_time\":\"2026-11-11 10:00:00\"}").get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:param.refund_fee");
        assertThat(oracle(refundId).get("actions").size()).isZero();
    }
}
