package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TopDisputeApiTest extends TaobaoTestSupport {

    @Test
    void aRefusalWithEvidenceStopsTheRefundAndIsRecordedWithItsParameters() {
        String refundId = openRefund();
        long callsBefore = http.get("/sandbox/platforms/taobao/stats").json().get("calls")
                .path("taobao.refund.refuse").asLong(0);

        JsonNode answer = refuse(refundId, 1, "https://courier.example/proof/ZT1.jpg, ZTO ZT1");

        assertThat(http.get("/sandbox/platforms/taobao/stats").json().get("calls").get("taobao.refund.refuse").asLong())
                .isEqualTo(callsBefore + 1);
        assertThat(answer.get("succ").asBoolean()).isTrue();
        assertThat(answer.get("refund_id").asString()).isEqualTo(refundId);
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).isEqualTo("SELLER_REFUSE_BUYER");
        assertThat(seen.get("version").asLong()).isEqualTo(2);
        JsonNode action = seen.get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("REFUSE");
        assertThat(action.get("params").get("reason").asString()).isEqualTo("快递显示本人签收");
        assertThat(action.get("params").get("reasonCode").asString()).isEqualTo("SIGNED_BY_BUYER");
        assertThat(action.get("params").get("proof").asString())
                .isEqualTo("https://courier.example/proof/ZT1.jpg,ZTO ZT1");
        assertThat(action.get("params").get("version").asString()).isEqualTo("1");
        JsonNode refund = refundGet(refundId);
        assertThat(refund.get("status").asString()).isEqualTo("SELLER_REFUSE_BUYER");
        assertThat(refund.get("refund_remind_timeout").get("exist_timeout").asBoolean()).isFalse();
    }

    @Test
    void eachRefusalTheStateForbidsHasItsSubCodeAndChangesNothing() {
        String refundId = openRefund();
        assertThat(refuse(refundId, 5, "proof.jpg").get("sub_code").asString()).isEqualTo("isv.refund-version-mismatch");
        assertThat(refuse(refundId, 1, null).get("sub_code").asString()).isEqualTo("isv.refuse-proof-required");
        assertThat(refuse(refundId, 1, " , ").get("sub_code").asString()).isEqualTo("isv.refuse-proof-required");
        assertThat(refuse(unique("NOPE"), 1, "proof.jpg").get("sub_code").asString()).isEqualTo("isv.refund-not-exist");
        JsonNode untouched = oracle(refundId);
        assertThat(untouched.get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(untouched.get("version").asLong()).isEqualTo(1);
        assertThat(untouched.get("actions").size()).isZero();

        assertThat(refuse(refundId, 1, "proof.jpg").get("succ").asBoolean()).isTrue();
        JsonNode again = refuse(refundId, 1, "proof.jpg");
        assertThat(again.get("succ").asBoolean()).isFalse();
        assertThat(again.get("sub_code").asString()).isEqualTo("isv.refund-already-refused");
        assertThat(oracle(refundId).get("actions").size()).isEqualTo(1);

        String closed = openRefund();
        http.postJson(REFUNDS + closed + "/close", "");
        assertThat(refuse(closed, 2, "proof.jpg").get("sub_code").asString()).isEqualTo("isv.refund-status-invalid");
        assertThat(refuse(refundId, 1, "proof.jpg").has("sub_msg")).isFalse();
    }

    @Test
    void malformedRefusalsAreRequestErrors() {
        String refundId = openRefund();
        JsonNode missingReason = top("taobao.refund.refuse", Map.of("refund_id", refundId, "refund_version", "1",
                "refuse_proof", "p.jpg")).json().get("error_response");
        assertThat(missingReason.get("code").asInt()).isEqualTo(40);
        assertThat(missingReason.get("sub_code").asString()).isEqualTo("isv.missing-parameter:refuse_reason");
        JsonNode badVersion = top("taobao.refund.refuse", Map.of("refund_id", refundId, "refund_version", "v1",
                "refuse_reason", "x", "refuse_proof", "p.jpg")).json().get("error_response");
        assertThat(badVersion.get("code").asInt()).isEqualTo(41);
        assertThat(badVersion.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:refund_version");
    }

    @Test
    void theMerchantMayRefuseAReturnWaitingForReceiptAndStillAgreeARefusedRefund() {
        String returning = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        control(returning, "return-shipment", "{\"carrier\":\"ZTO\",\"trackingNo\":\"ZT9\"}");
        assertThat(refuse(returning, 2, "inspection.jpg").get("succ").asBoolean()).isTrue();

        String refused = openRefund();
        refuse(refused, 1, "proof.jpg");
        assertThat(agree(refused, 59900, 2).get("succ").asBoolean()).isTrue();
        assertThat(oracle(refused).get("status").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void aPartialRefundProposalWaitsForTheBuyerAndIsInTheChat() {
        String refundId = openRefund();

        JsonNode answer = negotiate(refundId, "PARTIAL_REFUND", "419.30", 1);

        assertThat(answer.get("succ").asBoolean()).isTrue();
        long negotiationId = answer.get("negotiation_id").asLong();
        JsonNode seen = oracle(refundId);
        assertThat(seen.get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(seen.get("version").asLong()).as("a proposal changes nothing yet").isEqualTo(1);
        assertThat(seen.get("negotiation").get("id").asLong()).isEqualTo(negotiationId);
        assertThat(seen.get("negotiation").get("state").asString()).isEqualTo("PENDING");
        assertThat(seen.get("negotiation").get("amountFen").asLong()).isEqualTo(41930);
        JsonNode action = seen.get("actions").get(0);
        assertThat(action.get("action").asString()).isEqualTo("NEGOTIATE");
        assertThat(action.get("amountFen").asLong()).isEqualTo(41930);
        assertThat(action.get("params").get("kind").asString()).isEqualTo("PARTIAL_REFUND");
        assertThat(action.get("params").get("amountFen").asString()).isEqualTo("41930");
        assertThat(refundGet(refundId).get("refund_remind_timeout").get("exist_timeout").asBoolean())
                .as("the deadline keeps running").isTrue();

        JsonNode listed = top("taobao.rp.refund.negotiation.get", Map.of("refund_id", refundId)).json()
                .get("rp_refund_negotiation_get_response").get("negotiations").get(0);
        assertThat(listed.get("negotiation_id").asLong()).isEqualTo(negotiationId);
        assertThat(listed.get("negotiate_type").asString()).isEqualTo("PARTIAL_REFUND");
        assertThat(listed.get("refund_fee").asString()).isEqualTo("419.30");
        assertThat(listed.get("refund_version").asLong()).isEqualTo(1);
        assertThat(listed.get("status").asString()).isEqualTo("PENDING");

        JsonNode chat = top("taobao.refund.messages.get", Map.of("refund_id", refundId)).json()
                .get("refund_messages_get_response").get("refund_messages").get(0);
        assertThat(chat.get("owner_role").asString()).isEqualTo("2");
        assertThat(chat.get("message_type").asString()).isEqualTo("NEGOTIATION");
        assertThat(chat.get("content").asString()).isEqualTo("定制商品已生产，协商部分退款");
    }

    @Test
    void eachNegotiationTheStateForbidsHasItsSubCode() {
        String refundId = openRefund();
        assertThat(negotiate(refundId, "ASK_TO_CANCEL", null, 4).get("sub_code").asString())
                .isEqualTo("isv.refund-version-mismatch");
        assertThat(negotiate(refundId, "PARTIAL_REFUND", "599.01", 1).get("sub_code").asString())
                .isEqualTo("isv.refund-amount-invalid");
        assertThat(negotiate(refundId, "PARTIAL_REFUND", "0.00", 1).get("sub_code").asString())
                .isEqualTo("isv.refund-amount-invalid");
        assertThat(negotiate(unique("NOPE"), "ASK_EVIDENCE", null, 1).get("sub_code").asString())
                .isEqualTo("isv.refund-not-exist");
        assertThat(oracle(refundId).get("actions").size()).isZero();

        assertThat(negotiate(refundId, "CHANGE_TO_RETURN", null, 1).get("succ").asBoolean()).isTrue();
        JsonNode second = negotiate(refundId, "ASK_TO_CANCEL", null, 1);
        assertThat(second.get("succ").asBoolean()).isFalse();
        assertThat(second.get("sub_code").asString()).isEqualTo("isv.negotiation-pending");
        assertThat(second.has("negotiation_id")).isFalse();

        String refused = openRefund();
        refuse(refused, 1, "proof.jpg");
        assertThat(negotiate(refused, "ASK_EVIDENCE", null, 2).get("sub_code").asString())
                .isEqualTo("isv.refund-status-invalid");
    }

    @Test
    void malformedNegotiationsAreRequestErrors() {
        String refundId = openRefund();
        JsonNode noFee = top("taobao.rp.refund.negotiate", Map.of("refund_id", refundId,
                "negotiate_type", "PARTIAL_REFUND", "message", "m", "refund_version", "1")).json().get("error_response");
        assertThat(noFee.get("sub_code").asString()).isEqualTo("isv.missing-parameter:refund_fee");
        JsonNode badFee = top("taobao.rp.refund.negotiate", Map.of("refund_id", refundId, "refund_fee", "419.305",
                "negotiate_type", "PARTIAL_REFUND", "message", "m", "refund_version", "1")).json().get("error_response");
        assertThat(badFee.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:refund_fee");
        JsonNode badType = top("taobao.rp.refund.negotiate", Map.of("refund_id", refundId,
                "negotiate_type", "GIVE_ME_MORE", "message", "m", "refund_version", "1")).json().get("error_response");
        assertThat(badType.get("code").asInt()).isEqualTo(41);
        assertThat(badType.get("sub_code").asString()).isEqualTo("isv.invalid-parameter:negotiate_type");
        JsonNode noMessage = top("taobao.rp.refund.negotiate", Map.of("refund_id", refundId,
                "negotiate_type", "ASK_EVIDENCE", "refund_version", "1")).json().get("error_response");
        assertThat(noMessage.get("sub_code").asString()).isEqualTo("isv.missing-parameter:message");
    }

    @Test
    void aPartialAgreeBelowWhatTheBuyerFirstAskedIsRecordedAsPartialEvenAfterTheyAcceptedIt() {
        String refundId = openRefund();
        negotiate(refundId, "PARTIAL_REFUND", "419.30", 1);
        control(refundId, "negotiation", "{\"accepted\":true}");

        JsonNode refused = agree(refundId, 41931, 2);
        assertThat(refused.get("sub_code").asString()).as("the request is now 419.30").isEqualTo("isv.refund-amount-invalid");
        assertThat(agree(refundId, 41930, 2).get("succ").asBoolean()).isTrue();

        JsonNode seen = oracle(refundId);
        assertThat(seen.get("originalAmountFen").asLong()).isEqualTo(59900);
        assertThat(seen.get("amountFen").asLong()).isEqualTo(41930);
        assertThat(actionNames(seen)).containsExactly("NEGOTIATE", "AGREE_PARTIAL_REFUND");
        assertThat(seen.get("refundedFen").asLong()).isEqualTo(41930);
        assertThat(seen.get("negotiation").get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theChatShowsBuyerAndMerchantMessagesWithRolesAndPhotos() {
        String refundId = openRefund();
        top("taobao.refund.message.add", Map.of("refund_id", refundId, "content", "亲，请问收到货了吗？"));
        control(refundId, "buyer-messages", "{\"says\":\"NOT_RECEIVED\",\"photos\":true}");

        JsonNode answer = top("taobao.refund.messages.get", Map.of("refund_id", refundId)).json()
                .get("refund_messages_get_response");

        assertThat(answer.get("total_results").asInt()).isEqualTo(2);
        JsonNode seller = answer.get("refund_messages").get(0);
        JsonNode buyer = answer.get("refund_messages").get(1);
        assertThat(seller.get("owner_role").asString()).isEqualTo("2");
        assertThat(seller.get("content").asString()).isEqualTo("亲，请问收到货了吗？");
        assertThat(seller.get("pic_urls").size()).isZero();
        assertThat(buyer.get("owner_role").asString()).isEqualTo("1");
        assertThat(buyer.get("owner_nick").asString()).isEqualTo("tb_buyer_1");
        assertThat(buyer.get("content").asString()).isEqualTo("没有收到货");
        assertThat(buyer.get("pic_urls").get(0).get("url").asString()).startsWith("https://");
        assertThat(buyer.get("created").asString()).isEqualTo(TaobaoWire.time(CLOCK.instant()));
        assertThat(buyer.get("id").asLong()).isGreaterThan(seller.get("id").asLong());

        JsonNode otherShop = top("taobao.refund.messages.get", Map.of("refund_id", refundId, "session", "shop-2"))
                .json().get("error_response");
        assertThat(otherShop.get("sub_code").asString()).isEqualTo("isv.refund-not-exist");
    }
}
