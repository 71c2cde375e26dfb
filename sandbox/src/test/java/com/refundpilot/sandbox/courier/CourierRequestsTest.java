package com.refundpilot.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The merchant's requests besides the intercept: nudge, verify delivery, signing proof, claim, address correction. */
class CourierRequestsTest extends SandboxIntegrationTest {

    private String shipment(String status) {
        return shipment(status, "");
    }

    private String shipment(String status, String extra) {
        String trackingNo = unique("ZT");
        Answer put = http.putJson("/sandbox/courier/shipments/" + trackingNo, """
                {"carrier":"ZTO","status":"%s","lastMovementAt":"%s","province":"浙江","city":"杭州"%s}"""
                .formatted(status, CLOCK.instant().minus(Duration.ofHours(30)), extra));
        assertThat(put.status()).isEqualTo(201);
        return trackingNo;
    }

    private Answer post(String trackingNo, String operation, String json) {
        return http.postJson("/courier/api/shipments/" + trackingNo + "/" + operation, json);
    }

    private JsonNode actions(String trackingNo) {
        return http.get("/sandbox/courier/shipments/" + trackingNo + "/actions").json();
    }

    @Test
    void aShipmentCarriesItsDestinationWhenTheScenarioGivesOne() {
        String trackingNo = shipment("IN_TRANSIT", ",\"destination\":{\"province\":\"新疆\",\"city\":\"乌鲁木齐\"}");

        JsonNode view = http.get("/courier/api/shipments/" + trackingNo).json();

        assertThat(view.get("destination").get("province").asString()).isEqualTo("新疆");
        assertThat(view.get("destination").get("city").asString()).isEqualTo("乌鲁木齐");
        assertThat(view.get("province").asString()).isEqualTo("浙江"); // where it is, not where it goes
        assertThat(http.get("/courier/api/shipments/" + shipment("IN_TRANSIT")).json().get("destination").isNull())
                .isTrue();
        Answer noProvince = http.putJson("/sandbox/courier/shipments/" + trackingNo,
                "{\"carrier\":\"ZTO\",\"status\":\"IN_TRANSIT\",\"destination\":{\"city\":\"乌鲁木齐\"}}");
        assertThat(noProvince.status()).isEqualTo(400);
        assertThat(noProvince.json().get("field").asString()).isEqualTo("destination.province");
    }

    @Test
    void aNudgeIsAcceptedOnceAndLogged() {
        String trackingNo = shipment("IN_TRANSIT");

        Answer first = post(trackingNo, "nudge", "{\"requestId\":\"n-1\",\"note\":\"24小时未更新\"}");
        Answer repeat = post(trackingNo, "nudge", "{\"requestId\":\"n-1\",\"note\":\"24小时未更新\"}");

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("accepted").asBoolean()).isTrue();
        assertThat(repeat.status()).isEqualTo(202);
        JsonNode actions = actions(trackingNo);
        assertThat(actions.size()).isEqualTo(1);
        assertThat(actions.get(0).get("action").asString()).isEqualTo("NUDGE");
        assertThat(actions.get(0).get("requestId").asString()).isEqualTo("n-1");
        assertThat(actions.get(0).get("reason").asString()).isEqualTo("24小时未更新");
        assertThat(actions.get(0).get("ok").asBoolean()).isTrue();
    }

    @Test
    void aSignedParcelIsNotNudged() {
        String trackingNo = shipment("SIGNED");

        Answer refused = post(trackingNo, "nudge", "{\"requestId\":\"n-1\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("ALREADY_SIGNED");
        assertThat(actions(trackingNo).get(0).get("error").asString()).isEqualTo("ALREADY_SIGNED");
    }

    @Test
    void aVerificationIsAcceptedAndTheVerdictComesAsATrackingPush() {
        String trackingNo = shipment("SIGNED");

        Answer accepted = post(trackingNo, "verify-delivery", "{\"requestId\":\"v-1\",\"note\":\"买家称未收到\"}");
        assertThat(post(trackingNo, "verify-delivery", "{\"requestId\":\"v-1\"}").status()).isEqualTo(202);

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("accepted").asBoolean()).isTrue();
        assertThat(actions(trackingNo).size()).isEqualTo(1);
        assertThat(actions(trackingNo).get(0).get("action").asString()).isEqualTo("VERIFY_DELIVERY");

        Answer verdict = http.postJson("/sandbox/courier/shipments/" + trackingNo + "/events", "{\"event\":\"LOST\"}");
        assertThat(verdict.json().get("pushed").get("event").asString()).isEqualTo("LOST");
        assertThat(STUB.receivedOn(TRACKING_PATH, trackingNo)).hasSize(1);
        // Lost: there is no signature to prove any more.
        assertThat(post(trackingNo, "signing-proof", "{\"requestId\":\"p-1\"}").json().get("code").asString())
                .isEqualTo("NOT_SIGNED");
    }

    @Test
    void theSigningProofNamesTheSignerOfASignedParcelAndIsServedAtItsUrl() {
        String trackingNo = shipment("SIGNED", ",\"signer\":\"快递柜代收\"");

        Answer proof = post(trackingNo, "signing-proof", "{\"requestId\":\"p-1\"}");

        assertThat(proof.status()).isEqualTo(200);
        assertThat(proof.json().get("signer").asString()).isEqualTo("快递柜代收");
        assertThat(proof.json().get("signedAt").asString())
                .isEqualTo(CLOCK.instant().minus(Duration.ofHours(30)).toString());
        String proofUrl = proof.json().get("proofUrl").asString();
        assertThat(proofUrl).endsWith("/courier/api/shipments/" + trackingNo + "/signing-proof");
        JsonNode shown = http.get(proofUrl.substring(proofUrl.indexOf("/courier/"))).json();
        assertThat(shown.get("signer").asString()).isEqualTo("快递柜代收");
        JsonNode logged = actions(trackingNo).get(0);
        assertThat(logged.get("action").asString()).isEqualTo("REQUEST_SIGNING_PROOF");
        assertThat(logged.get("params").get("proofUrl").asString()).isEqualTo(proofUrl);
    }

    @Test
    void aParcelSignedByEventHasTheDefaultSignerAndTheTimeOfTheEvent() {
        String trackingNo = shipment("OUT_FOR_DELIVERY");
        http.postJson("/sandbox/courier/shipments/" + trackingNo + "/events", "{\"event\":\"SIGNED\"}");

        JsonNode proof = post(trackingNo, "signing-proof", "{\"requestId\":\"p-1\"}").json();

        assertThat(proof.get("signer").asString()).isEqualTo("本人签收");
        assertThat(proof.get("signedAt").asString()).isEqualTo(CLOCK.instant().toString());
    }

    @Test
    void aParcelNotSignedHasNoProofAndTheRefusalIsRemembered() {
        String trackingNo = shipment("IN_TRANSIT");

        Answer refused = post(trackingNo, "signing-proof", "{\"requestId\":\"p-1\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("NOT_SIGNED");
        assertThat(http.get("/courier/api/shipments/" + trackingNo + "/signing-proof").status()).isEqualTo(404);

        http.postJson("/sandbox/courier/shipments/" + trackingNo + "/events", "{\"event\":\"SIGNED\"}");

        assertThat(post(trackingNo, "signing-proof", "{\"requestId\":\"p-1\"}").status()).isEqualTo(409);
        assertThat(post(trackingNo, "signing-proof", "{\"requestId\":\"p-2\"}").status()).isEqualTo(200);
        JsonNode actions = actions(trackingNo);
        assertThat(actions.size()).isEqualTo(2);
        assertThat(actions.get(0).get("ok").asBoolean()).isFalse();
        assertThat(actions.get(0).get("error").asString()).isEqualTo("NOT_SIGNED");
        assertThat(actions.get(1).get("ok").asBoolean()).isTrue();
    }

    @Test
    void aClaimGetsAClaimIdOnceAndIsLoggedWithItsValue() {
        String trackingNo = shipment("LOST");

        Answer claim = post(trackingNo, "claims",
                "{\"requestId\":\"c-1\",\"valueFen\":59900,\"sku\":\"SHOE-BLK-42\",\"reason\":\"丢件\"}");
        Answer repeat = post(trackingNo, "claims",
                "{\"requestId\":\"c-1\",\"valueFen\":59900,\"sku\":\"SHOE-BLK-42\",\"reason\":\"丢件\"}");
        Answer second = post(trackingNo, "claims", "{\"requestId\":\"c-2\",\"valueFen\":100}");

        assertThat(claim.status()).isEqualTo(201);
        assertThat(claim.json().get("claimId").asString()).isEqualTo("CLM-" + trackingNo + "-1");
        assertThat(claim.json().get("valueFen").asLong()).isEqualTo(59900);
        assertThat(claim.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json().get("claimId").asString()).isEqualTo("CLM-" + trackingNo + "-1");
        assertThat(second.json().get("claimId").asString()).isEqualTo("CLM-" + trackingNo + "-2");
        JsonNode actions = actions(trackingNo);
        assertThat(actions.size()).isEqualTo(2);
        JsonNode logged = actions.get(0);
        assertThat(logged.get("action").asString()).isEqualTo("CLAIM");
        assertThat(logged.get("reason").asString()).isEqualTo("丢件");
        assertThat(logged.get("params").get("claimId").asString()).isEqualTo("CLM-" + trackingNo + "-1");
        assertThat(logged.get("params").get("valueFen").asString()).isEqualTo("59900");
        assertThat(logged.get("params").get("sku").asString()).isEqualTo("SHOE-BLK-42");
    }

    @Test
    void anAddressCorrectionReRoutesTheParcel() {
        String trackingNo = shipment("MISROUTED", ",\"destination\":{\"province\":\"广东\",\"city\":\"广州\"}");

        Answer corrected = post(trackingNo, "address-correction",
                "{\"requestId\":\"a-1\",\"province\":\"广东\",\"city\":\"深圳\"}");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("accepted").asBoolean()).isTrue();
        JsonNode view = http.get("/courier/api/shipments/" + trackingNo).json();
        assertThat(view.get("destination").get("city").asString()).isEqualTo("深圳");
        assertThat(view.get("status").asString()).isEqualTo("MISROUTED"); // the re-routing shows as later tracking
        JsonNode logged = actions(trackingNo).get(0);
        assertThat(logged.get("action").asString()).isEqualTo("CORRECT_ADDRESS");
        assertThat(logged.get("params").get("province").asString()).isEqualTo("广东");
        assertThat(logged.get("params").get("city").asString()).isEqualTo("深圳");

        String signed = shipment("SIGNED");
        Answer tooLate = post(signed, "address-correction", "{\"requestId\":\"a-1\",\"province\":\"广东\"}");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("code").asString()).isEqualTo("ALREADY_SIGNED");
    }

    @Test
    void badRequestsNameTheFieldAndUnknownParcelsAre404() {
        String trackingNo = shipment("IN_TRANSIT");

        assertThat(field(post(trackingNo, "nudge", "{}"))).isEqualTo("requestId");
        assertThat(field(post(trackingNo, "verify-delivery", "{\"requestId\":\" \"}"))).isEqualTo("requestId");
        assertThat(field(post(trackingNo, "signing-proof", "{}"))).isEqualTo("requestId");
        assertThat(field(post(trackingNo, "claims", "{\"requestId\":\"c-1\"}"))).isEqualTo("valueFen");
        assertThat(field(post(trackingNo, "claims", "{\"requestId\":\"c-1\",\"valueFen\":0}"))).isEqualTo("valueFen");
        assertThat(field(post(trackingNo, "claims", "{\"requestId\":\"c-1\",\"valueFen\":\"abc\"}")))
                .isEqualTo("valueFen");
        assertThat(field(post(trackingNo, "address-correction", "{\"requestId\":\"a-1\",\"city\":\"深圳\"}")))
                .isEqualTo("province");
        assertThat(actions(trackingNo).size()).isZero(); // nothing logged for bad input

        Answer unknown = post(unique("NOPE"), "nudge", "{\"requestId\":\"n-1\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    private static String field(Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        String field = answer.json().get("field").asString();
        assertThat(answer.json().get("detail").asString()).startsWith(field + ": ");
        return field;
    }
}
