package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** afterSale/CancelSendGoodsSuccess (售后小助手 取消发货, ADR 0011): aftersale_id and op_time, once, no refund by itself. */
class DouyinCancelSendGoodsTest extends DouyinTestSupport {

    private static final String PATH = "afterSale/CancelSendGoodsSuccess";

    @Test
    void aReportIsRecordedOnceWithItsSecondsAndARepeatIsRefusedAsReported() {
        String refundId = openRefund("REFUND_ONLY");

        assertSuccess(api(PATH, "{\"aftersale_id\":\"" + refundId + "\",\"op_time\":1764576000}"));

        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).as("the sandbox plays no 小助手 refund").isEqualTo("WAIT_SELLER_AGREE");
        JsonNode action = seen.get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("REPORT_SHIPMENT_CANCELLED");
        assertThat(action.get("params").get("cancelledAt").asString()).isEqualTo("2025-12-01T08:00:00Z");
        assertThat(action.get("params").has("refundFen")).as("Douyin sends no amount").isFalse();
        assertRefused(api(PATH, "{\"aftersale_id\":\"" + refundId + "\",\"op_time\":1764576000}"), 50002,
                "isv.business-failed:shipment-cancel-reported");
        assertThat(oracle(refundId).get("actions").size()).isEqualTo(1);
    }

    @Test
    void aMissingOpTimeOrAReturnRequestChangesNothing() {
        String refundId = openRefund("REFUND_ONLY");
        assertRefused(api(PATH, "{\"aftersale_id\":\"" + refundId + "\"}"), 40001, "isv.missing-parameter:op_time");
        String returning = openRefund("RETURN_AND_REFUND");
        assertRefused(api(PATH, "{\"aftersale_id\":\"" + returning + "\",\"op_time\":1764576000}"), 50002,
                "isv.business-failed:aftersale-type-invalid");
        assertThat(oracle(refundId).get("actions").size()).isZero();
        assertThat(oracle(returning).get("actions").size()).isZero();
    }
}
