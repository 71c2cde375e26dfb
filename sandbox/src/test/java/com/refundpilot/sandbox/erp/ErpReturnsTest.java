package com.refundpilot.sandbox.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Returns in the ERP: a parcel's arrival and inspection, parcel weights (each once per request ID, shown by
 * the control view), and wrong goods sent back to the buyer as a new parcel at the courier.
 */
class ErpReturnsTest extends SandboxIntegrationTest {

    private String shippedOrder() {
        String orderId = unique("RT");
        Answer put = http.putJson("/sandbox/erp/orders/" + orderId, """
                {"shopId":"%s","fulfilment":"SHIPPED","carrier":"YTO","trackingNo":"%s",
                 "consignee":{"province":"新疆","city":"乌鲁木齐"},"item":{"sku":"SHOE-BLK-42"}}"""
                .formatted(unique("shop"), unique("YT")));
        assertThat(put.status()).isEqualTo(201);
        return orderId;
    }

    private Answer arrival(String orderId, String trackingNo, String body) {
        return http.postJson("/erp/api/orders/" + orderId + "/returns/" + trackingNo + "/arrival", body);
    }

    private Answer inspection(String orderId, String trackingNo, String body) {
        return http.postJson("/erp/api/orders/" + orderId + "/returns/" + trackingNo + "/inspection", body);
    }

    private JsonNode returns(String orderId) {
        Answer view = http.get("/sandbox/erp/orders/" + orderId + "/returns");
        assertThat(view.status()).isEqualTo(200);
        return view.json();
    }

    private List<String> actionLog(String orderId) {
        List<String> log = new ArrayList<>();
        for (JsonNode entry : http.get("/sandbox/erp/orders/" + orderId + "/actions").json()) {
            log.add(entry.get("action").asString() + (entry.get("ok").asBoolean() ? "" : ":" + entry.get("error").asString()));
        }
        return log;
    }

    @Test
    void anArrivalAndItsInspectionAreRecordedOnceAndShownButNotLoggedAsActions() {
        String orderId = shippedOrder();

        Answer arrived = arrival(orderId, "SF100", "{\"requestId\":\"a-1\",\"caseId\":\"C1\",\"receivedBy\":\"王仓管\"}");
        Answer inspected = inspection(orderId, "SF100", """
                {"requestId":"i-1","caseId":"C1","result":"QUANTITY_SHORT","receivedQuantity":1,
                 "photoUrls":["https://img/1.jpg"],"notes":"少一只"}""");

        assertThat(arrived.status()).isEqualTo(200);
        assertThat(arrived.json().get("receivedAt").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(inspected.status()).isEqualTo(200);
        JsonNode view = returns(orderId);
        assertThat(view.get("orderId").asString()).isEqualTo(orderId);
        assertThat(view.get("returns")).hasSize(1);
        JsonNode parcel = view.get("returns").get(0);
        assertThat(parcel.get("trackingNo").asString()).isEqualTo("SF100");
        assertThat(parcel.get("caseId").asString()).isEqualTo("C1");
        assertThat(parcel.get("receivedBy").asString()).isEqualTo("王仓管");
        JsonNode inspection = parcel.get("inspection");
        assertThat(inspection.get("result").asString()).isEqualTo("QUANTITY_SHORT");
        assertThat(inspection.get("receivedQuantity").asInt()).isEqualTo(1);
        assertThat(inspection.get("photoUrls").get(0).asString()).isEqualTo("https://img/1.jpg");
        assertThat(inspection.get("notes").asString()).isEqualTo("少一只");

        assertThat(arrival(orderId, "SF100", "{\"requestId\":\"a-1\",\"caseId\":\"C1\",\"receivedBy\":\"王仓管\"}")
                .json()).isEqualTo(arrived.json()); // a replay: the first answer
        Answer again = arrival(orderId, "SF100", "{\"requestId\":\"a-2\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_RECEIVED");
        Answer secondInspection = inspection(orderId, "SF100",
                "{\"requestId\":\"i-2\",\"result\":\"MATCH\",\"receivedQuantity\":2}");
        assertThat(secondInspection.status()).isEqualTo(409);
        assertThat(secondInspection.json().get("code").asString()).isEqualTo("ALREADY_INSPECTED");
        assertThat(returns(orderId).get("returns").get(0).get("inspection").get("result").asString())
                .isEqualTo("QUANTITY_SHORT");
        assertThat(actionLog(orderId)).isEmpty();
    }

    @Test
    void anInspectionOfAParcelNobodyReceivedRecordsItsArrivalToo() {
        String orderId = shippedOrder();

        Answer inspected = inspection(orderId, "SF200", """
                {"requestId":"i-1","caseId":"C2","result":"MATCH","receivedQuantity":1,"inspectedBy":"李质检"}""");

        assertThat(inspected.status()).isEqualTo(200);
        JsonNode parcel = returns(orderId).get("returns").get(0);
        assertThat(parcel.get("receivedAt").asString()).isEqualTo(CLOCK.instant().toString());
        assertThat(parcel.get("receivedBy").asString()).isEqualTo("李质检");
        assertThat(parcel.get("inspection").get("photoUrls")).isEmpty();
    }

    @Test
    void weightsAreRecordedInOrderOncePerRequestId() {
        String orderId = shippedOrder();
        String weight = "/erp/api/orders/" + orderId + "/parcel-weight";

        Answer first = http.postJson(weight, "{\"requestId\":\"w-1\",\"grams\":310,\"expectedGrams\":620,\"trackingNo\":\"YT1\"}");
        Answer replay = http.postJson(weight, "{\"requestId\":\"w-1\",\"grams\":310,\"expectedGrams\":620,\"trackingNo\":\"YT1\"}");
        Answer second = http.postJson(weight, "{\"requestId\":\"w-2\",\"grams\":600}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(second.status()).isEqualTo(200);
        JsonNode weighings = returns(orderId).get("weighings");
        assertThat(weighings).hasSize(2);
        assertThat(weighings.get(0).get("grams").asInt()).isEqualTo(310);
        assertThat(weighings.get(0).get("expectedGrams").asInt()).isEqualTo(620);
        assertThat(weighings.get(0).get("trackingNo").asString()).isEqualTo("YT1");
        assertThat(weighings.get(1).get("grams").asInt()).isEqualTo(600);
        assertThat(weighings.get(1).get("expectedGrams").isNull()).isTrue();
    }

    @Test
    void badRecordingsNameTheFieldAndRecordNothing() {
        String orderId = shippedOrder();

        assertThat(arrival(orderId, "SF300", "{}").json().get("field").asString()).isEqualTo("requestId");
        Answer unknownResult = inspection(orderId, "SF300", "{\"requestId\":\"i\",\"result\":\"BROKEN\",\"receivedQuantity\":1}");
        assertThat(unknownResult.status()).isEqualTo(400);
        assertThat(unknownResult.json().get("field").asString()).isEqualTo("result");
        Answer negative = inspection(orderId, "SF300", "{\"requestId\":\"i\",\"result\":\"MATCH\",\"receivedQuantity\":-1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("field").asString()).isEqualTo("receivedQuantity");
        Answer grams = http.postJson("/erp/api/orders/" + orderId + "/parcel-weight", "{\"requestId\":\"w\",\"grams\":-5}");
        assertThat(grams.status()).isEqualTo(400);
        assertThat(grams.json().get("field").asString()).isEqualTo("grams");
        assertThat(arrival(unique("NOPE"), "SF300", "{\"requestId\":\"a\"}").status()).isEqualTo(404);

        JsonNode view = returns(orderId);
        assertThat(view.get("returns")).isEmpty();
        assertThat(view.get("weighings")).isEmpty();
        assertThat(http.get("/sandbox/erp/orders/" + unique("NOPE") + "/returns").status()).isEqualTo(404);
    }

    @Test
    void wrongGoodsGoBackToTheBuyerAsANewParcelOnlyOnceTheReturnArrived() {
        String orderId = shippedOrder();
        String operation = "/erp/api/orders/" + orderId + "/return-wrong-goods";

        Answer tooEarly = http.postJson(operation, "{\"requestId\":\"rw-0\"}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("INVALID_STATE");

        arrival(orderId, "SF400", "{\"requestId\":\"a-1\"}");
        Answer sent = http.postJson(operation, "{\"requestId\":\"rw-1\",\"note\":\"退回错寄商品\"}");
        Answer replay = http.postJson(operation, "{\"requestId\":\"rw-1\",\"note\":\"退回错寄商品\"}");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("kind").asString()).isEqualTo("RETURN_WRONG_GOODS");
        assertThat(sent.json().get("trackingNo").asString()).isEqualTo(orderId + "-RW1");
        assertThat(sent.json().get("carrier").asString()).isEqualTo("YTO");
        assertThat(sent.json().get("sku").isNull()).isTrue(); // not our goods: no SKU of ours
        assertThat(replay.json()).isEqualTo(sent.json());
        JsonNode parcel = http.get("/courier/api/shipments/" + orderId + "-RW1").json();
        assertThat(parcel.get("status").asString()).isEqualTo("COLLECTED");
        assertThat(http.get("/courier/api/shipments/" + orderId + "-RW2").status()).isEqualTo(404);
        assertThat(actionLog(orderId)).containsExactly("RETURN_WRONG_GOODS:INVALID_STATE", "RETURN_WRONG_GOODS");
        assertThat(http.get("/erp/api/orders/" + orderId).json().get("replacements").get(0).get("kind").asString())
                .isEqualTo("RETURN_WRONG_GOODS");
    }
}
