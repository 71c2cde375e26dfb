package com.refundpilot.sandbox.platform.taobao;

import static com.refundpilot.sandbox.platform.taobao.TaobaoControlApiTest.assertBadField;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The buyer's side: modify / re-apply, answer a negotiation, write in the chat, ship a return, withdraw. */
class TaobaoBuyerControlTest extends TaobaoTestSupport {

    @Test
    void reApplyingAfterARefusalWaitsOnTheMerchantAgainWithANewVersionAndDeadline() {
        String refundId = openRefund();
        refuse(refundId, 1, "tracking.jpg");

        Answer modified = control(refundId, "modify", "{\"deadlineIn\":\"PT48H\",\"reason\":\"未收到货\"}");

        assertThat(modified.status()).isEqualTo(200);
        assertThat(modified.json().get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(modified.json().get("version").asLong()).isEqualTo(3);
        assertThat(modified.json().get("reason").asString()).isEqualTo("未收到货");
        assertThat(modified.json().get("amountFen").asLong()).isEqualTo(59900);
        assertThat(modified.json().get("deadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(48)).toString());
        assertThat(modified.json().get("pushes").toString()).isEqualTo("[200]");
        List<JsonNode> pushed = pushedContents(refundId, "taobao_refund_RefundBuyerModifyAgreement");
        assertThat(pushed).hasSize(1);
        assertThat(pushed.get(0).get("refund_id").asString()).isEqualTo(refundId);
        assertThat(refundGet(refundId).get("refund_remind_timeout").get("exist_timeout").asBoolean()).isTrue();
    }

    @Test
    void aModificationChangesTypeAmountAndQuantityAndTheDefaultDeadlineApplies() {
        String refundId = openRefund("REFUND_ONLY", 30000, "PT1H");
        String body = "{\"type\":\"RETURN_AND_REFUND\",\"amountFen\":20000,\"quantity\":1}";
        JsonNode modified = control(refundId, "modify", body).json();

        assertThat(modified.get("type").asString()).isEqualTo("RETURN_AND_REFUND");
        assertThat(modified.get("amountFen").asLong()).isEqualTo(20000);
        assertThat(modified.get("originalAmountFen").asLong()).as("the buyer's own new ask").isEqualTo(20000);
        assertThat(modified.get("deadline").asString()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(72)).toString());
        assertThat(refundGet(refundId).get("bill_type").asString()).isEqualTo("return_bill");
        assertThat(agree(refundId, 20000, 2).get("succ").asBoolean()).isTrue();
        assertThat(actionNames(oracle(refundId))).containsExactly("AGREE_REFUND");
    }

    @Test
    void aModificationIsValidatedFieldByFieldAndRefusedOnceTheRefundIsOver() {
        String refundId = openRefund();
        assertBadField(control(refundId, "modify", "{\"amountFen\":59901}"), "amountFen");
        assertBadField(control(refundId, "modify", "{\"amountFen\":0}"), "amountFen");
        assertBadField(control(refundId, "modify", "{\"quantity\":2}"), "quantity");
        assertBadField(control(refundId, "modify", "{\"type\":\"MONEY_PLEASE\"}"), "type");
        assertBadField(control(refundId, "modify", "{\"deadlineIn\":\"-PT1H\"}"), "deadlineIn");
        assertThat(oracle(refundId).get("version").asLong()).isEqualTo(1);

        http.postJson(REFUNDS + refundId + "/close", "");
        assertConflict(control(refundId, "modify", "{}"), "REFUND_NOT_OPEN");
        assertThat(control(unique("NOPE"), "modify", "{}").status()).isEqualTo(404);
    }

    @Test
    void anAcceptedPartialRefundBecomesTheRequestedAmount() {
        String refundId = openRefund();
        negotiate(refundId, "PARTIAL_REFUND", "419.30", 1);

        Answer answered = control(refundId, "negotiation", "{\"accepted\":true}");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("amountFen").asLong()).isEqualTo(41930);
        assertThat(answered.json().get("version").asLong()).isEqualTo(2);
        assertThat(answered.json().get("negotiation").get("acceptedFen").asLong()).isEqualTo(41930);
        List<JsonNode> pushed = pushedContents(refundId, "taobao_refund_RefundNegotiationAnswered");
        assertThat(pushed).hasSize(1);
        assertThat(pushed.get(0).get("negotiation_id").asLong())
                .isEqualTo(answered.json().get("negotiation").get("id").asLong());
        assertThat(refundGet(refundId).get("refund_fee").asString()).isEqualTo("419.30");
    }

    @Test
    void theBuyerMayAcceptAnotherAmountButNotMoreThanRequested() {
        String refundId = openRefund();
        negotiate(refundId, "PARTIAL_REFUND", "419.30", 1);
        assertBadField(control(refundId, "negotiation", "{\"accepted\":true,\"amountFen\":60000}"), "amountFen");
        assertBadField(control(refundId, "negotiation", "{}"), "accepted");

        JsonNode answered = control(refundId, "negotiation", "{\"accepted\":true,\"amountFen\":45000}").json();
        assertThat(answered.get("amountFen").asLong()).isEqualTo(45000);
    }

    @Test
    void acceptedProposalsChangeTypeOrReasonOrCloseTheRefund() {
        String toReturn = openRefund();
        negotiate(toReturn, "CHANGE_TO_RETURN", null, 1);
        assertThat(control(toReturn, "negotiation", "{\"accepted\":true}").json().get("type").asString())
                .isEqualTo("RETURN_AND_REFUND");

        String reason = openRefund();
        negotiate(reason, "CHANGE_REASON", null, 1);
        assertThat(control(reason, "negotiation", "{\"accepted\":true}").json().get("reason").asString())
                .isEqualTo("协商一致");

        String cancel = openRefund();
        negotiate(cancel, "ASK_TO_CANCEL", null, 1);
        Answer cancelled = control(cancel, "negotiation", "{\"accepted\":true}");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(cancelled.json().get("pushes").toString()).isEqualTo("[200,200]");
        assertThat(pushedContents(cancel, "taobao_refund_RefundClosed")).hasSize(1);
        assertThat(pushedContents(cancel, "taobao_refund_RefundNegotiationAnswered")).hasSize(1);
    }

    @Test
    void aRejectedProposalChangesNothingButItsRecord() {
        String refundId = openRefund();
        negotiate(refundId, "PARTIAL_REFUND", "419.30", 1);

        JsonNode answered = control(refundId, "negotiation", "{\"accepted\":false}").json();

        assertThat(answered.get("version").asLong()).isEqualTo(1);
        assertThat(answered.get("amountFen").asLong()).isEqualTo(59900);
        assertThat(answered.get("negotiation").get("state").asString()).isEqualTo("REJECTED");
        assertConflict(control(refundId, "negotiation", "{\"accepted\":true}"), "NO_NEGOTIATION");
        assertThat(refuse(refundId, 1, "chat.png,design.png").get("succ").asBoolean()).isTrue();
    }

    @Test
    void withoutAPendingNegotiationThereIsNothingToAnswer() {
        assertConflict(control(openRefund(), "negotiation", "{\"accepted\":true}"), "NO_NEGOTIATION");
    }

    @Test
    void theBuyerWritesNaturalTextAndTheMessageIsPushedByItsId() {
        String refundId = openRefund();

        Answer written = control(refundId, "buyer-messages", "{\"says\":\"WANTS_RESHIP\",\"photos\":false}");

        assertThat(written.status()).isEqualTo(200);
        JsonNode chat = written.json().get("chat").get(0);
        assertThat(chat.get("role").asString()).isEqualTo("BUYER");
        assertThat(chat.get("content").asString()).isEqualTo("麻烦给我补发一个").doesNotContain("RESHIP");
        assertThat(chat.get("picUrls").size()).isZero();
        List<JsonNode> pushed = pushedContents(refundId, "taobao_refund_RefundCreateMessage");
        assertThat(pushed).hasSize(1);
        assertThat(pushed.get(0).get("message_id").asLong()).isEqualTo(chat.get("id").asLong());

        JsonNode second = control(refundId, "buyer-messages", "{\"says\":\"WANTS_RESHIP\",\"photos\":true}").json()
                .get("chat").get(1);
        assertThat(second.get("content").asString()).as("a second phrasing").isEqualTo("能不能重新发一个给我");
        assertThat(second.get("picUrls").size()).isEqualTo(2);
        JsonNode verbatim = control(refundId, "buyer-messages", "{\"text\":\"你好在吗\"}").json().get("chat").get(2);
        assertThat(verbatim.get("content").asString()).isEqualTo("你好在吗");
    }

    @Test
    void aBuyerMessageNeedsSaysOrTextAndAnOpenRefund() {
        String refundId = openRefund();
        assertBadField(control(refundId, "buyer-messages", "{\"photos\":true}"), "says");
        assertBadField(control(refundId, "buyer-messages", "{\"says\":\"MAYBE\"}"), "says");
        http.postJson(REFUNDS + refundId + "/close", "");
        assertConflict(control(refundId, "buyer-messages", "{\"says\":\"RECEIVED\"}"), "REFUND_NOT_OPEN");
    }

    @Test
    void aReturnWaybillMovesTheRefundToConfirmReceiptWithItsOwnDeadline() {
        String refundId = openRefund("RETURN_AND_REFUND", 59900, "PT72H");

        Answer shipped = control(refundId, "return-shipment",
                "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT7788\",\"deadlineIn\":\"PT240H\"}");

        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.json().get("status").asString()).isEqualTo("WAIT_SELLER_CONFIRM_GOODS");
        assertThat(shipped.json().get("version").asLong()).isEqualTo(2);
        assertThat(shipped.json().get("deadline").asString())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(240)).toString());
        assertThat(shipped.json().get("returnShipment").get("trackingNo").asString()).isEqualTo("ZT7788");
        assertThat(pushedContents(refundId, "taobao_refund_RefundBuyerReturnGoods")).hasSize(1);
        JsonNode refund = refundGet(refundId);
        assertThat(refund.get("sid").asString()).isEqualTo("ZT7788");
        assertThat(refund.get("company_name").asString()).isEqualTo("ZTO");
        assertThat(refund.get("good_status").asString()).isEqualTo("BUYER_RETURNED_GOODS");
        assertThat(refund.get("refund_remind_timeout").get("exist_timeout").asBoolean()).isTrue();
        assertThat(agree(refundId, 59900, 2).get("succ").asBoolean()).isTrue();
    }

    @Test
    void aReturnWaybillNeedsAReturnAndItsFields() {
        String refundOnly = openRefund();
        assertConflict(control(refundOnly, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT1\"}"),
                "NO_RETURN_EXPECTED");
        String returning = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        assertBadField(control(returning, "return-shipment", "{\"carrier\":\"ZTO\"}"), "trackingNo");
        control(returning, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT1\"}");
        assertConflict(control(returning, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT2\"}"),
                "REFUND_NOT_WAITING");
        assertConflict(control(returning, "modify", "{}"), "RETURN_SHIPPED");
    }

    @Test
    void theBuyerMayWithdrawWhileRefusedOrNegotiating() {
        String refused = openRefund();
        refuse(refused, 1, "proof.jpg");
        assertThat(http.postJson(REFUNDS + refused + "/close", "").json().get("status").asString()).isEqualTo("CLOSED");

        String negotiating = openRefund();
        negotiate(negotiating, "ASK_TO_CANCEL", null, 1);
        JsonNode closed = http.postJson(REFUNDS + negotiating + "/close", "").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("negotiation").get("state").asString()).isEqualTo("LAPSED");
    }
}
