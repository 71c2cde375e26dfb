package com.refundpilot.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A shipment's first scan (collectedAt), and the courier's decision on a claim pushed to the merchant. */
class CourierClaimsTest extends SandboxIntegrationTest {

    private static final String CLAIM_PATH = "/claims/sandbox";

    private String put(String trackingNo, String extra) {
        return http.putJson("/sandbox/courier/shipments/" + trackingNo, """
                {"carrier":"YTO","status":"IN_TRANSIT","province":"江苏","city":"苏州"%s}""".formatted(extra))
                .json().get("collectedAt").asString();
    }

    private String claimed(String valueFen) {
        String trackingNo = unique("YT");
        put(trackingNo, "");
        Answer claim = http.postJson("/courier/api/shipments/" + trackingNo + "/claims",
                "{\"requestId\":\"c-1\",\"valueFen\":%s,\"sku\":\"SHOE-BLK-42\",\"reason\":\"丢件\"}".formatted(valueFen));
        assertThat(claim.status()).isEqualTo(201);
        return claim.json().get("claimId").asString();
    }

    private Answer settle(String claimId, String decision) {
        return http.postJson("/sandbox/courier/claims/" + claimId + "/settle", decision);
    }

    @Test
    void aShipmentsFirstScanIsItsCreationUnlessTheSetupNamesOneAndAReplacementKeepsIt() {
        String created = unique("YT");
        String given = unique("YT");
        Instant earlier = CLOCK.instant().minus(Duration.ofDays(3));

        assertThat(put(created, "")).isEqualTo(CLOCK.instant().toString());
        assertThat(put(given, ",\"collectedAt\":\"" + earlier + "\"")).isEqualTo(earlier.toString());
        CLOCK.advance(Duration.ofHours(1));
        assertThat(put(given, "")).isEqualTo(earlier.toString());
        assertThat(put(created, ",\"collectedAt\":\"" + earlier + "\"")).isEqualTo(earlier.toString());

        JsonNode open = http.get("/courier/api/shipments/" + given).json();
        assertThat(open.get("collectedAt").asString()).isEqualTo(earlier.toString());
    }

    @Test
    void aCompensatedClaimIsPushedToTheMerchantAndShownAtTheCourier() {
        String claimId = claimed("59900");

        Answer settled = settle(claimId, "{\"compensatedFen\":45000}");

        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.json().get("pushStatus").asInt()).isEqualTo(200);
        assertThat(settled.json().get("claim").get("status").asString()).isEqualTo("COMPENSATED");
        List<Received> pushes = STUB.receivedOn(CLAIM_PATH, claimId);
        assertThat(pushes).hasSize(1);
        JsonNode push = Http.parse(pushes.get(0).text());
        assertThat(push.get("claimId").asString()).isEqualTo(claimId);
        assertThat(push.get("status").asString()).isEqualTo("COMPENSATED");
        assertThat(push.get("compensatedFen").asLong()).isEqualTo(45000);
        assertThat(push.get("at").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(push.get("trackingNo").asString()).startsWith("YT-");
        JsonNode shown = http.get("/sandbox/courier/claims/" + claimId).json();
        assertThat(shown.get("status").asString()).isEqualTo("COMPENSATED");
        assertThat(shown.get("valueFen").asLong()).isEqualTo(59900);
        assertThat(shown.get("sku").asString()).isEqualTo("SHOE-BLK-42");
    }

    @Test
    void theSameDecisionAgainPushesAgainAnotherOneIsAlreadySettled() {
        String claimId = claimed("30000");
        settle(claimId, "{\"rejected\":true,\"reason\":\"买家已签收\"}");
        Instant decidedAt = CLOCK.instant();
        CLOCK.advance(Duration.ofMinutes(5));

        Answer again = settle(claimId, "{\"rejected\":true,\"reason\":\"买家已签收\"}");
        Answer otherwise = settle(claimId, "{\"compensatedFen\":1}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("pushed").get("at").asString()).isEqualTo(decidedAt.toString());
        assertThat(STUB.receivedOn(CLAIM_PATH, claimId)).hasSize(2);
        JsonNode push = Http.parse(STUB.receivedOn(CLAIM_PATH, claimId).get(0).text());
        assertThat(push.get("status").asString()).isEqualTo("REJECTED");
        assertThat(push.get("reason").asString()).isEqualTo("买家已签收");
        assertThat(otherwise.status()).isEqualTo(409);
        assertThat(otherwise.isProblem()).isTrue();
        assertThat(otherwise.json().get("code").asString()).isEqualTo("ALREADY_SETTLED");
        assertThat(http.get("/sandbox/courier/claims/" + claimId).json().get("status").asString())
                .isEqualTo("REJECTED");
    }

    @Test
    void aDecisionNeedsExactlyOneOutcomeAndAKnownClaim() {
        String claimId = claimed("100");

        assertThat(settle(claimId, "{}").json().get("field").asString()).isEqualTo("compensatedFen");
        assertThat(settle(claimId, "{\"compensatedFen\":-1}").json().get("field").asString())
                .isEqualTo("compensatedFen");
        assertThat(settle(claimId, "{\"compensatedFen\":\"abc\"}").json().get("field").asString())
                .isEqualTo("compensatedFen");
        Answer both = settle(claimId, "{\"compensatedFen\":1,\"rejected\":true}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("field").asString()).isEqualTo("rejected");
        assertThat(settle("CLM-NOBODY-1", "{\"compensatedFen\":1}").status()).isEqualTo(404);
        assertThat(http.get("/sandbox/courier/claims/CLM-NOBODY-1").status()).isEqualTo(404);

        assertThat(http.get("/sandbox/courier/claims/" + claimId).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(STUB.receivedOn(CLAIM_PATH, claimId)).isEmpty();
    }

    @Test
    void theClaimPushGoesNextToTheTrackingPushUnlessConfigured() {
        URI tracking = URI.create("http://logistics:8084/tracking/sandbox");

        assertThat(new CourierProperties(tracking, null, CourierFeed.SANDBOX, null, null).claimPushTarget())
                .isEqualTo(URI.create("http://logistics:8084/claims/sandbox"));
        assertThat(new CourierProperties(tracking, URI.create("http://elsewhere/claims"), CourierFeed.SANDBOX, null, null)
                .claimPushTarget())
                .isEqualTo(URI.create("http://elsewhere/claims"));
    }
}
