package com.refundpilot.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CourierApiTest extends SandboxIntegrationTest {

    private String shipment(String status) {
        String trackingNo = unique("ZT");
        Answer put = http.putJson("/sandbox/courier/shipments/" + trackingNo, """
                {"carrier":"ZTO","status":"%s","lastMovementAt":"%s","province":"浙江","city":"杭州"}"""
                .formatted(status, CLOCK.instant().minus(Duration.ofHours(3))));
        assertThat(put.status()).isEqualTo(201);
        return trackingNo;
    }

    private Answer intercept(String trackingNo, String requestId) {
        return http.postJson("/courier/api/shipments/" + trackingNo + "/intercept",
                "{\"requestId\":\"%s\",\"reason\":\"买家退款\"}".formatted(requestId));
    }

    @Test
    void anInterceptIsAcceptedOnceAndItsResultArrivesAsATrackingPush() {
        String trackingNo = shipment("IN_TRANSIT");

        Answer accepted = intercept(trackingNo, "req-1");
        Answer repeated = intercept(trackingNo, "req-1");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("accepted").asBoolean()).isTrue();
        assertThat(repeated.status()).isEqualTo(202);
        JsonNode actions = http.get("/sandbox/courier/shipments/" + trackingNo + "/actions").json();
        assertThat(actions.size()).isEqualTo(1);
        assertThat(actions.get(0).get("action").asString()).isEqualTo("INTERCEPT");
        assertThat(actions.get(0).get("requestId").asString()).isEqualTo("req-1");
        assertThat(http.get("/courier/api/shipments/" + trackingNo).json().get("interceptRequested").asBoolean())
                .isTrue();

        Answer moved = http.postJson("/sandbox/courier/shipments/" + trackingNo + "/events",
                "{\"event\":\"INTERCEPT_SUCCEEDED\",\"province\":\"江苏\",\"city\":null}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("pushStatus").asInt()).isEqualTo(200);
        assertThat(moved.json().get("feed").asString()).isEqualTo("sandbox");
        JsonNode parcel = http.get("/courier/api/shipments/" + trackingNo).json();
        assertThat(parcel.get("status").asString()).isEqualTo("RETURNING");
        assertThat(parcel.get("lastMovementAt").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(parcel.get("province").asString()).isEqualTo("江苏");
        assertThat(parcel.get("city").asString()).isEqualTo("杭州");

        List<Received> pushes = STUB.receivedOn(TRACKING_PATH, trackingNo);
        assertThat(pushes).hasSize(1);
        JsonNode push = Http.parse(pushes.get(0).text());
        assertThat(push.get("trackingNo").asString()).isEqualTo(trackingNo);
        assertThat(push.get("carrier").asString()).isEqualTo("ZTO");
        assertThat(push.get("event").asString()).isEqualTo("INTERCEPT_SUCCEEDED");
        assertThat(push.get("at").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(push.get("province").asString()).isEqualTo("江苏");
    }

    @Test
    void aSignedParcelCannotBeIntercepted() {
        String trackingNo = shipment("SIGNED");

        Answer refused = intercept(trackingNo, "req-1");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("ALREADY_SIGNED");
        assertThat(intercept(trackingNo, "req-1").status()).isEqualTo(409);
        JsonNode actions = http.get("/sandbox/courier/shipments/" + trackingNo + "/actions").json();
        assertThat(actions.size()).isEqualTo(1);
        assertThat(actions.get(0).get("ok").asBoolean()).isFalse();
        assertThat(http.get("/courier/api/shipments/" + trackingNo).json().get("interceptRequested").asBoolean())
                .isFalse();
    }

    @Test
    void aFailedInterceptLeavesTheParcelWhereItWas() {
        String trackingNo = shipment("OUT_FOR_DELIVERY");
        String before = http.get("/courier/api/shipments/" + trackingNo).json().get("lastMovementAt").asString();

        http.postJson("/sandbox/courier/shipments/" + trackingNo + "/events", "{\"event\":\"INTERCEPT_FAILED\"}");

        JsonNode parcel = http.get("/courier/api/shipments/" + trackingNo).json();
        assertThat(parcel.get("status").asString()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(parcel.get("lastMovementAt").asString()).isEqualTo(before);
        assertThat(STUB.receivedOn(TRACKING_PATH, trackingNo)).extracting(Received::text)
                .singleElement().asString().contains("INTERCEPT_FAILED");
    }

    @Test
    void unknownParcelsAndBadRequestsAreProblems() {
        Answer unknown = http.get("/courier/api/shipments/" + unique("NOPE"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();

        String trackingNo = shipment("IN_TRANSIT");
        Answer badEvent = http.postJson("/sandbox/courier/shipments/" + trackingNo + "/events",
                "{\"event\":\"TELEPORTED\"}");
        assertThat(badEvent.status()).isEqualTo(400);
        assertThat(badEvent.json().get("field").asString()).isEqualTo("event");
        Answer noRequestId = http.postJson("/courier/api/shipments/" + trackingNo + "/intercept", "{}");
        assertThat(noRequestId.status()).isEqualTo(400);
        assertThat(noRequestId.json().get("field").asString()).isEqualTo("requestId");
    }
}
