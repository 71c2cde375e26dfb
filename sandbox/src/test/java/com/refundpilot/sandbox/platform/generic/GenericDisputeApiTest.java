package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Negotiation, chat, the return stage, exchanges and evidence over the generic wire, on the one refund model. */
class GenericDisputeApiTest extends GenericTestSupport {

    private static List<String> actionNames(JsonNode refund) {
        List<String> names = new ArrayList<>();
        refund.get("actions").forEach(a -> names.add(a.get("action").asString()));
        return names;
    }

    @Test
    void aPartialRefundNegotiationIsAnsweredByTheBuyerAndPushedWithTheNegotiation() {
        String id = openRefund();
        Answer proposed = apiPost("/after-sales/" + id + "/negotiate", "{\"idempotencyKey\":\"n1\",\"version\":1,"
                + "\"kind\":\"PARTIAL_REFUND\",\"amountFen\":30000,\"message\":\"定制商品，协商部分退款\"}");
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.json().get("version").asLong()).as("the request itself did not change").isEqualTo(1);
        JsonNode pending = apiGet("/after-sales/" + id + "/negotiations").json().get("negotiations").get(0);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("amountFen").asLong()).isEqualTo(30000);

        control(id, "negotiation", "{\"accepted\":true}");

        JsonNode event = onlyEvent(id, "after_sale.negotiation_answered");
        JsonNode negotiation = event.get("negotiation");
        assertThat(negotiation.get("negotiationId").asString()).isEqualTo(pending.get("negotiationId").asString());
        assertThat(negotiation.get("kind").asString()).isEqualTo("PARTIAL_REFUND");
        assertThat(negotiation.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(negotiation.get("acceptedFen").asLong()).isEqualTo(30000);
        assertThat(negotiation.get("proposedAtVersion").asLong()).isEqualTo(1);
        assertThat(negotiation.get("answeredAt").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(event.get("afterSale").get("amountFen").asLong()).isEqualTo(30000);
        assertThat(event.get("afterSale").get("version").asLong()).isEqualTo(2);

        Answer agreed = apiPost("/after-sales/" + id + "/agree",
                "{\"idempotencyKey\":\"a1\",\"version\":2,\"amountFen\":30000}");
        assertThat(agreed.json().get("refundedFen").asLong()).isEqualTo(30000);
        assertThat(actionNames(oracle(id))).containsExactly("NEGOTIATE", "AGREE_PARTIAL_REFUND");
        Answer tooLate = apiPost("/after-sales/" + id + "/negotiate", "{\"idempotencyKey\":\"n2\",\"version\":3,"
                + "\"kind\":\"ASK_EVIDENCE\",\"message\":\"请补充照片\"}");
        assertRefused(tooLate, 409, "NOT_ALLOWED");
    }

    @Test
    void theChatShowsBothSidesAndTheMerchantWritesInIt() {
        String id = openRefund();
        control(id, "buyer-messages", "{\"text\":\"什么时候退款？\"}");

        Answer written = apiPost("/after-sales/" + id + "/messages", "{\"idempotencyKey\":\"m1\",\"text\":\"已为您处理\"}");
        apiPost("/after-sales/" + id + "/messages", "{\"idempotencyKey\":\"m1\",\"text\":\"已为您处理\"}");

        assertThat(written.status()).isEqualTo(200);
        JsonNode messages = apiGet("/after-sales/" + id + "/messages").json().get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("from").asString()).isEqualTo("BUYER");
        assertThat(messages.get(0).get("text").asString()).isEqualTo("什么时候退款？");
        assertThat(messages.get(1).get("from").asString()).isEqualTo("MERCHANT");
        assertThat(messages.get(1).get("text").asString()).isEqualTo("已为您处理");
        assertThat(oracle(id).get("buyerMessages")).hasSize(1);
    }

    @Test
    void aReturnIsAgreedShippedExtendedOnceAndRefunded() {
        String id = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        Answer noCity = apiPost("/after-sales/" + id + "/agree-return", "{\"idempotencyKey\":\"r1\",\"version\":1,"
                + "\"address\":{\"province\":\"浙江\"}}");
        assertRefused(noCity, 400, "INVALID_FIELD");
        assertThat(noCity.json().get("field").asString()).isEqualTo("address.city");

        Answer agreed = apiPost("/after-sales/" + id + "/agree-return", "{\"idempotencyKey\":\"r1\",\"version\":1,"
                + "\"address\":{\"province\":\"浙江\",\"city\":\"杭州\",\"detail\":\"余杭区仓前街道1号\","
                + "\"name\":\"退货组\",\"phone\":\"0571-1234567\"}}");
        assertThat(agreed.json().get("status").asString()).isEqualTo("WAITING_BUYER_RETURN");
        assertThat(agreed.json().get("deadline").isNull()).as("the buyer's turn: no merchant deadline").isTrue();
        JsonNode address = agreed.json().get("returnAddress");
        assertThat(address.get("city").asString()).isEqualTo("杭州");
        assertThat(address.get("detail").asString()).isEqualTo("余杭区仓前街道1号");
        assertThat(address.get("name").asString()).isEqualTo("退货组");
        assertThat(address.get("phone").asString()).isEqualTo("0571-1234567");

        control(id, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-" + id + "\"}");
        JsonNode shipped = apiGet("/after-sales/" + id).json();
        assertThat(shipped.get("status").asString()).isEqualTo("WAITING_MERCHANT_RECEIPT");
        assertThat(shipped.get("version").asLong()).isEqualTo(3);

        Answer extended = apiPost("/after-sales/" + id + "/extend-receipt",
                "{\"idempotencyKey\":\"x1\",\"version\":3,\"extension\":\"P3D\"}");
        assertThat(extended.json().get("deadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofDays(13)).toString());
        assertThat(extended.json().get("receiptExtended").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> !events(id, "after_sale.deadline_changed").isEmpty());
        assertRefused(apiPost("/after-sales/" + id + "/extend-receipt",
                "{\"idempotencyKey\":\"x2\",\"version\":3,\"extension\":\"P3D\"}"), 409, "NOT_ALLOWED");

        Answer refunded = apiPost("/after-sales/" + id + "/agree",
                "{\"idempotencyKey\":\"a1\",\"version\":3,\"amountFen\":59900}");
        assertThat(refunded.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(actionNames(oracle(id))).containsExactly("AGREE_RETURN", "EXTEND_RECEIPT", "AGREE_REFUND");
        assertThat(oracle(id).get("returnAgreement").get("contactName").asString()).isEqualTo("退货组");
    }

    @Test
    void anExchangesReplacementIsShippedOnceTheReturnIsBack() {
        String id = openRefund("EXCHANGE", 59900, "PT72H");
        apiPost("/after-sales/" + id + "/agree-return", "{\"idempotencyKey\":\"r1\",\"version\":1,"
                + "\"address\":{\"province\":\"浙江\",\"city\":\"杭州\"}}");
        Answer tooEarly = apiPost("/after-sales/" + id + "/consign-exchange",
                "{\"idempotencyKey\":\"c1\",\"version\":2,\"carrier\":\"SF\",\"trackingNo\":\"SF1\"}");
        assertRefused(tooEarly, 409, "NOT_ALLOWED");
        control(id, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-" + id + "\"}");

        Answer shipped = apiPost("/after-sales/" + id + "/consign-exchange",
                "{\"idempotencyKey\":\"c1\",\"version\":3,\"carrier\":\"SF\",\"trackingNo\":\"SF-" + id + "\"}");

        assertThat(shipped.json().get("status").asString()).isEqualTo("WAITING_BUYER_CONFIRM");
        assertThat(shipped.json().get("refundedFen").asLong()).isZero();
        JsonNode action = oracle(id).get("actions").get(1);
        assertThat(action.get("action").asString()).isEqualTo("EXCHANGE_SHIPPED");
        assertThat(action.get("params").get("trackingNo").asString()).isEqualTo("SF-" + id);
    }

    @Test
    void evidenceIsReadBackAsSent() {
        String id = openRefund();
        Answer none = apiPost("/after-sales/" + id + "/evidence", "{\"idempotencyKey\":\"e1\",\"evidence\":[]}");
        assertRefused(none, 400, "INVALID_FIELD");
        assertThat(none.json().get("field").asString()).isEqualTo("evidence");

        Answer uploaded = apiPost("/after-sales/" + id + "/evidence", "{\"idempotencyKey\":\"e1\","
                + "\"evidence\":[\"SIGNING_PROOF:https://proof/1.jpg\",\"https://proof/2.jpg\"],\"note\":\"签收底单\"}");

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(apiGet("/after-sales/" + id + "/evidence").json().get("evidence").toString())
                .isEqualTo("[\"SIGNING_PROOF:https://proof/1.jpg\",\"https://proof/2.jpg\"]");
        JsonNode params = oracle(id).get("actions").get(0).get("params");
        assertThat(params.get("count").asString()).isEqualTo("2");
        assertThat(params.get("note").asString()).isEqualTo("签收底单");
    }
}
