package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The return stage on the Douyin wire: 101 agrees the return to an address (status 7, the buyer's deadline), the
 * buyer's shipment makes it 11, timeExtend moves the receipt deadline by the platform's own extension once, 111 pays,
 * and an exchange's replacement is reported with 311 (status 13).
 */
class DouyinReturnStageTest extends DouyinTestSupport {

    private static final String ADDRESS = "\"logistics\":{\"after_sale_address_detail\":{\"province_name\":\"浙江\","
            + "\"city_name\":\"杭州\",\"town_name\":\"余杭区\",\"detail\":\"仓前街道1号\",\"user_name\":\"退货仓\","
            + "\"mobile\":\"0571-1234567\"}}";

    private Answer operate(int type, String refundId, String extra) {
        return api("afterSale/operate", "{\"type\":" + type + ",\"items\":[{\"aftersale_id\":\"" + refundId
                + "\",\"update_time\":" + updateTime(refundId) + extra + "}]}");
    }

    @Test
    void aReturnIsAgreedShippedExtendedOnceAndPaid() {
        String refundId = openRefund("RETURN_AND_REFUND");

        assertRefused(operate(101, refundId, ",\"logistics\":{\"receiver_address_id\":7}"), 40004,
                "isv.parameter-invalid:logistics.receiver_address_id");
        assertSuccess(operate(101, refundId, "," + ADDRESS));
        JsonNode info = info(refundId);
        assertThat(info.get("after_sale_status").asInt()).isEqualTo(7);
        assertThat(info.get("return_address").get("city").get("name").asString()).isEqualTo("杭州");
        assertThat(info.get("status_deadline").asLong()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(7))
                .getEpochSecond());
        assertThat(oracle(refundId).get("returnAgreement").get("address").asString()).isEqualTo("余杭区 仓前街道1号");

        control(refundId, "return-shipment", "{\"carrier\":\"YTO\",\"trackingNo\":\"YT-" + refundId
                + "\",\"deadlineIn\":\"P10D\"}");
        JsonNode shipped = api("afterSale/Detail", "{\"after_sale_id\":\"" + refundId + "\"}").json().get("data")
                .get("process_info");
        assertThat(shipped.get("after_sale_info").get("after_sale_status").asInt()).isEqualTo(11);
        assertThat(shipped.get("logistics_info").get("return").get("tracking_no").asString())
                .isEqualTo("YT-" + refundId);
        long receiptDeadline = shipped.get("after_sale_info").get("status_deadline").asLong();

        Answer extended = api("afterSale/timeExtend", "{\"aftersale_id\":\"" + refundId + "\"}");
        assertSuccess(extended);
        assertThat(extended.json().get("data").get("status_deadline").asLong())
                .isEqualTo(receiptDeadline + Duration.ofDays(3).toSeconds());
        await().atMost(Duration.ofSeconds(5)).until(() -> !messages(refundId, "209").isEmpty());
        assertThat(messages(refundId, "209").get(0).data().get("status_deadline").asLong())
                .isEqualTo(receiptDeadline + Duration.ofDays(3).toSeconds());
        assertRefused(api("afterSale/timeExtend", "{\"aftersale_id\":\"" + refundId + "\"}"), 50002,
                "isv.business-failed:receipt-already-extended");

        assertSuccess(operate(111, refundId, ""));
        assertThat(oracle(refundId).get("status").asString()).isEqualTo("SUCCESS");
        JsonNode logs = api("afterSale/Detail", "{\"after_sale_id\":\"" + refundId
                + "\",\"need_operation_record\":true}").json().get("data").get("process_info").get("record_logs_list");
        assertThat(logs.findValuesAsString("action")).containsExactly("AGREE_RETURN", "EXTEND_RECEIPT",
                "AGREE_REFUND");
    }

    @Test
    void anExchangesReplacementIsReportedWith311() {
        String refundId = openRefund("EXCHANGE");
        assertSuccess(operate(301, refundId, "," + ADDRESS));
        control(refundId, "return-shipment", "{\"carrier\":\"SF\",\"trackingNo\":\"SF-" + refundId + "\"}");

        assertRefused(operate(311, refundId, ",\"logistics\":{\"company_code\":\"zhongtong\"}"), 40001,
                "isv.missing-parameter:items[0].logistics.logistics_code");
        assertSuccess(operate(311, refundId, ",\"logistics\":{\"company_code\":\"zhongtong\","
                + "\"logistics_code\":\"ZT-EX-1\"}"));

        JsonNode detail = api("afterSale/Detail", "{\"after_sale_id\":\"" + refundId + "\"}").json().get("data")
                .get("process_info");
        assertThat(detail.get("after_sale_info").get("after_sale_status").asInt()).isEqualTo(13);
        assertThat(detail.get("logistics_info").get("exchange").get("tracking_no").asString()).isEqualTo("ZT-EX-1");
        assertThat(oracle(refundId).get("actions").findValuesAsString("action")).contains("EXCHANGE_SHIPPED");
    }

    @Test
    void evidenceIsAtMostFourReferencesAndShowsInTheRecordLog() {
        String refundId = openRefund("REFUND_ONLY");

        assertRefused(api("afterSale/submitEvidence", "{\"aftersale_id\":\"" + refundId + "\",\"evidence\":"
                + "[\"a\",\"b\",\"c\",\"d\",\"e\"]}"), 40004, "isv.parameter-invalid:evidence");
        assertSuccess(api("afterSale/submitEvidence", "{\"aftersale_id\":\"" + refundId + "\",\"comment\":\"签收底单\","
                + "\"evidence\":[\"https://proof.test/1.jpg\",\"TRACKING_RECORD:ZTO ZT1\"]}"));

        JsonNode logs = api("afterSale/Detail", "{\"after_sale_id\":\"" + refundId
                + "\",\"need_operation_record\":true}").json().get("data").get("process_info").get("record_logs_list");
        assertThat(logs.get(0).get("action").asString()).isEqualTo("UPLOAD_EVIDENCE");
        assertThat(logs.get(0).get("images").toString()).isEqualTo("[\"https://proof.test/1.jpg\",\"ZTO ZT1\"]");
        assertThat(oracle(refundId).get("actions").get(0).get("params").get("evidence").asString())
                .isEqualTo("IMAGE:https://proof.test/1.jpg,TRACKING_RECORD:ZTO ZT1");
    }
}
