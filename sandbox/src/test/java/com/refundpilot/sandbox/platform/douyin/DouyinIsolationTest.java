package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A Douyin after-sale is reached only through Douyin, and only by its own shop's token; no other platform's refund is
 * reachable through the Douyin API. The control API's capabilities are Douyin's own two lists.
 */
class DouyinIsolationTest extends DouyinTestSupport {

    @Test
    void otherPlatformsAndOtherShopsDoNotSeeADouyinAfterSaleNorItTheirs() {
        String douyin = openRefund("REFUND_ONLY");
        String taobao = unique("TB");
        assertThat(http.postJson("/sandbox/platforms/taobao/refunds", refundJson(taobao, "shop-1", "REFUND_ONLY", 100,
                "PT72H")).status()).isEqualTo(201);

        assertRefused(api("afterSale/Detail", "{\"after_sale_id\":\"" + taobao + "\"}"), 20000,
                "isp.service-error:10000");
        Answer otherShop = api("afterSale/Detail", "{\"after_sale_id\":\"" + douyin + "\"}", "shop-2",
                Long.toString(CLOCK.instant().getEpochSecond()), SECRET, KEY);
        assertRefused(otherShop, 20000, "isp.service-error:10000");
        assertThat(http.get("/sandbox/platforms/taobao/refunds/" + douyin).status()).isEqualTo(404);
        assertThat(http.get("/sandbox/platforms/douyin/refunds/" + taobao).status()).isEqualTo(404);
        assertThat(STUB.receivedOn(WEBHOOK, taobao)).isEmpty();
    }

    @Test
    void theCapabilitiesAreThePublicCallsAndTheAssumedOnes() {
        JsonNode capabilities = http.get("/sandbox/platforms/douyin/capabilities").json();

        assertThat(capabilities.get("platform").asString()).isEqualTo("DOUYIN");
        assertThat(capabilities.get("actions").findValuesAsString("x")).isEmpty();
        assertThat(capabilities.get("actions").toString()).isEqualTo("[\"AGREE_REFUND\",\"REFUSE\",\"AGREE_RETURN\","
                + "\"EXTEND_RECEIPT\",\"UPLOAD_EVIDENCE\",\"EXCHANGE_SHIPPED\",\"REPORT_SHIPMENT_CANCELLED\",\"NEGOTIATE\","
                + "\"SEND_BUYER_MESSAGE\","
                + "\"ACCEPT_COMPLAINT\",\"REJECT_COMPLAINT\",\"COMPENSATE\"]");
        assertThat(capabilities.get("assumed").toString()).isEqualTo("[\"NEGOTIATE\",\"SEND_BUYER_MESSAGE\","
                + "\"ACCEPT_COMPLAINT\",\"REJECT_COMPLAINT\",\"COMPENSATE\"]");
    }
}
