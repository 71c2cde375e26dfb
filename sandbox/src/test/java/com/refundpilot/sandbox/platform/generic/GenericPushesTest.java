package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A generic refund's changes are pushed as the generic protocol's signed events, each with the after-sale then. */
class GenericPushesTest extends GenericTestSupport {

    @Test
    void aNewRefundIsPushedAsASignedAfterSaleCreatedCarryingTheWholeAfterSale() {
        String refundId = unique("G");
        Answer created = http.postJson("/sandbox/platforms/generic/refunds", refundJson(refundId, "RETURN_AND_REFUND", 41900, "PT72H",
                ",\"desc\":\"鞋码不合适\""));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("pushes").toString()).isEqualTo("[200]");

        List<Received> pushes = pushesAbout(refundId);
        assertThat(pushes).hasSize(1);
        assertSignedPush(pushes.get(0));
        JsonNode event = onlyEvent(refundId, "after_sale.created");
        assertThat(event.get("eventId").asString()).startsWith("evt-");
        assertThat(event.get("shopId").asString()).isEqualTo("shop-1");
        assertThat(event.get("occurredAt").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(event.has("message")).isFalse();
        JsonNode afterSale = event.get("afterSale");
        assertThat(afterSale.get("afterSaleId").asString()).isEqualTo(refundId);
        assertThat(afterSale.get("orderId").asString()).isEqualTo("T-" + refundId);
        assertThat(afterSale.get("type").asString()).isEqualTo("RETURN_AND_REFUND");
        assertThat(afterSale.get("status").asString()).isEqualTo("WAITING_MERCHANT");
        assertThat(afterSale.get("version").asLong()).isEqualTo(1);
        assertThat(afterSale.get("reason").asString()).isEqualTo("不想要了");
        assertThat(afterSale.get("description").asString()).isEqualTo("鞋码不合适");
        assertThat(afterSale.get("amountFen").asLong()).isEqualTo(41900);
        assertThat(afterSale.get("orderPaidFen").asLong()).isEqualTo(59900);
        assertThat(afterSale.get("quantity").asInt()).isEqualTo(1);
        assertThat(afterSale.get("sku").asString()).isEqualTo("SHOE-BLK-42");
        assertThat(afterSale.get("buyerId").asString()).isEqualTo("buyer_1");
        assertThat(afterSale.get("createdAt").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(afterSale.get("deadline").asString()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(72))
                .toString());
        assertThat(afterSale.get("refundedFen").asLong()).isZero();
        assertThat(afterSale.get("returnWaybill").isNull()).isTrue();
        assertThat(afterSale.get("returnAddress").isNull()).isTrue();
        assertThat(afterSale.get("receiptExtended").asBoolean()).isFalse();
        assertThat(afterSale.get("intervention").get("status").asString()).isEqualTo("NONE");

        JsonNode delivery = oracle(refundId).get("webhooks").get(0);
        assertThat(delivery.get("topic").asString()).isEqualTo("after_sale.created");
        assertThat(delivery.get("msgId").asString()).isEqualTo(event.get("eventId").asString());
        assertThat(STUB.receivedOn(WEBHOOK_PATH, refundId)).as("nothing in TMC").isEmpty();
    }

    @Test
    void duplicateDeliveriesResendTheIdenticalEvent() {
        String refundId = unique("G");
        Answer created = http.postJson("/sandbox/platforms/generic/refunds", refundJson(refundId, "REFUND_ONLY", 59900, "PT72H",
                ",\"deliveries\":2"));
        assertThat(created.json().get("pushes").toString()).isEqualTo("[200,200]");
        List<Received> pushes = pushesAbout(refundId);
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(1).text()).isEqualTo(pushes.get(0).text());
    }

    @Test
    void eachChangeCarriesTheAfterSaleAsItWasAtThatChange() {
        String refundId = openRefund();
        control(refundId, "modify", "{\"amountFen\":30000}");
        control(refundId, "close", "");

        JsonNode modified = onlyEvent(refundId, "after_sale.modified").get("afterSale");
        assertThat(modified.get("version").asLong()).isEqualTo(2);
        assertThat(modified.get("amountFen").asLong()).isEqualTo(30000);
        assertThat(modified.get("status").asString()).isEqualTo("WAITING_MERCHANT");
        JsonNode closed = onlyEvent(refundId, "after_sale.closed").get("afterSale");
        assertThat(closed.get("version").asLong()).isEqualTo(3);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("deadline").isNull()).isTrue();
    }

    @Test
    void aBuyerMessageIsPushedWithTheMessage() {
        String refundId = openRefund();
        control(refundId, "buyer-messages", "{\"says\":\"RECEIVED\",\"photos\":true}");

        JsonNode message = onlyEvent(refundId, "after_sale.buyer_message").get("message");
        assertThat(message.get("from").asString()).isEqualTo("BUYER");
        assertThat(message.get("text").asString()).isEqualTo("收到了");
        assertThat(message.get("photos")).hasSize(2);
        assertThat(message.get("messageId").asString())
                .isEqualTo(oracle(refundId).get("chat").get(0).get("id").asString());
        assertThat(message.get("at").asString()).isEqualTo(CLOCK.instant().toString());
    }

    @Test
    void theReturnStageStaffAndDeadlineChangesArePushedInGenericWords() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        control(refundId, "deadline", "{\"deadlineIn\":\"PT24H\"}");
        assertThat(onlyEvent(refundId, "after_sale.deadline_changed").get("afterSale").get("deadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(24)).toString());

        control(refundId, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-" + refundId + "\"}");
        JsonNode shipped = onlyEvent(refundId, "after_sale.return_shipped").get("afterSale");
        assertThat(shipped.get("status").asString()).isEqualTo("WAITING_MERCHANT_RECEIPT");
        assertThat(shipped.get("returnWaybill").get("carrier").asString()).isEqualTo("ZTO");
        assertThat(shipped.get("returnWaybill").get("trackingNo").asString()).isEqualTo("ZT-" + refundId);

        control(refundId, "intervention", "{\"evidenceDeadlineIn\":\"PT48H\"}");
        JsonNode intervened = onlyEvent(refundId, "after_sale.intervened").get("afterSale");
        assertThat(intervened.get("intervention").get("status").asString()).isEqualTo("INTERVENED");
        assertThat(intervened.get("intervention").get("evidenceDeadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(48)).toString());
        assertThat(intervened.get("deadline").isNull()).as("no merchant deadline while staff decide").isTrue();

        control(refundId, "verdict", "{\"for\":\"BUYER\"}");
        JsonNode refunded = onlyEvent(refundId, "after_sale.refunded").get("afterSale");
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(refunded.get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(refunded.get("intervention").get("status").asString()).isEqualTo("DECIDED");
        assertThat(refunded.get("intervention").get("decidedFor").asString()).isEqualTo("BUYER");
    }

    @Test
    void aPassedDeadlineIsPushedAsAfterSaleRefundedAndCountedForGeneric() {
        String refundId = openRefund("REFUND_ONLY", 59900, "PT1H");
        long genericBefore = http.get("/sandbox/platforms/generic/stats").json().get("autoRefunds").asLong();

        CLOCK.advance(Duration.ofHours(1));

        await().atMost(Duration.ofSeconds(5)).until(() -> !events(refundId, "after_sale.refunded").isEmpty());
        Received push = pushesAbout(refundId).get(1);
        assertThat(push.header("X-RP-Signature")).isEqualTo(signature(push.header("X-RP-Timestamp"), push.body()));
        JsonNode afterSale = onlyEvent(refundId, "after_sale.refunded").get("afterSale");
        assertThat(afterSale.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(afterSale.get("refundedFen").asLong()).isEqualTo(59900);
        assertThat(afterSale.get("version").asLong()).isEqualTo(2);
        assertThat(oracle(refundId).get("actions").get(0).get("action").asString()).isEqualTo("AUTO_REFUND");
        assertThat(http.get("/sandbox/platforms/generic/stats").json().get("autoRefunds").asLong())
                .isEqualTo(genericBefore + 1);
    }

    @Test
    void aComplaintIsPushedWithTheComplaintAndNoAfterSale() {
        String complaintId = unique("GC");
        Answer filed = http.postJson("/sandbox/platforms/generic/complaints", "{\"shopId\":\"shop-1\",\"orderId\":\"T-"
                + complaintId + "\",\"complaintId\":\"" + complaintId + "\",\"kind\":\"LATE_SHIPMENT\","
                + "\"deadlineIn\":\"PT24H\",\"promisedShipBy\":\"2026-11-10T02:00:00Z\",\"orderPaidFen\":59900}");
        assertThat(filed.status()).isEqualTo(201);

        Received push = pushesAbout(complaintId).get(0);
        assertSignedPush(push);
        JsonNode event = onlyEvent(complaintId, "complaint.created");
        assertThat(event.has("afterSale")).isFalse();
        JsonNode complaint = event.get("complaint");
        assertThat(complaint.get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(complaint.get("kind").asString()).isEqualTo("LATE_SHIPMENT");
        assertThat(complaint.get("status").asString()).isEqualTo("WAITING_MERCHANT");
        assertThat(complaint.get("deadline").asString()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(24))
                .toString());
        assertThat(complaint.get("promisedShipAt").asString()).isEqualTo("2026-11-10T02:00:00Z");
        assertThat(complaint.get("shippedAt").isNull()).isTrue();
        assertThat(complaint.get("orderPaidFen").asLong()).isEqualTo(59900);
        assertThat(complaint.get("merchantAnswer").isNull()).isTrue();
        assertThat(http.get("/sandbox/platforms/taobao/complaints/" + complaintId).status()).isEqualTo(404);
    }
}
