package com.refundpilot.sandbox.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The order's goods and consignee in the ERP view, warehouse events (VOID_FAILED), and shipping again: a
 * reship or an exchange's replacement gets a new parcel that the courier knows at once.
 */
class ErpReshipAndEventsTest extends SandboxIntegrationTest {

    private static final String ITEM = """
            "item":{"sku":"SHOE-BLK-42","style":"小白鞋","color":"black","size":"42","customMade":true,\
            "productionStarted":true}""";

    private String order(String body) {
        String orderId = unique("Q");
        Answer put = http.putJson("/sandbox/erp/orders/" + orderId, body);
        assertThat(put.status()).as(String.valueOf(put.json())).isEqualTo(201);
        return orderId;
    }

    private String shippedOrder() {
        return order("""
                {"shopId":"%s","fulfilment":"SHIPPED","carrier":"YTO","trackingNo":"%s","weightGrams":620,
                 "consignee":{"province":"新疆","city":"乌鲁木齐"},%s}""".formatted(unique("shop"), unique("YT"), ITEM));
    }

    private Answer operate(String orderId, String operation, String body) {
        return http.postJson("/erp/api/orders/" + orderId + "/" + operation, body);
    }

    private List<String> actionLog(String orderId) {
        List<String> log = new ArrayList<>();
        for (JsonNode entry : http.get("/sandbox/erp/orders/" + orderId + "/actions").json()) {
            log.add(entry.get("action").asString() + (entry.get("ok").asBoolean() ? "" : ":" + entry.get("error").asString()));
        }
        return log;
    }

    @Test
    void theViewShowsTheConsigneeTheItemAndTheLabel() {
        String orderId = order("""
                {"shopId":"shop-v","fulfilment":"ALLOCATED_AUDITED","labelPrinted":true,
                 "consignee":{"province":"浙江","city":"杭州"},%s}""".formatted(ITEM));

        JsonNode view = http.get("/erp/api/orders/" + orderId).json();

        assertThat(view.get("labelPrinted").asBoolean()).isTrue();
        assertThat(view.get("consignee").get("province").asString()).isEqualTo("浙江");
        assertThat(view.get("consignee").get("city").asString()).isEqualTo("杭州");
        JsonNode item = view.get("item");
        assertThat(item.get("sku").asString()).isEqualTo("SHOE-BLK-42");
        assertThat(item.get("style").asString()).isEqualTo("小白鞋");
        assertThat(item.get("size").asString()).isEqualTo("42");
        assertThat(item.get("customMade").asBoolean()).isTrue();
        assertThat(item.get("productionStarted").asBoolean()).isTrue();
        assertThat(item.get("perishable").asBoolean()).isFalse(); // left out: false
        assertThat(view.get("replacements")).isEmpty();
    }

    @Test
    void aLabelOnAnOrderThatIsNotAllocatedOrAConsigneeWithoutProvinceIsBadInput() {
        String orderId = unique("Q");
        Answer label = http.putJson("/sandbox/erp/orders/" + orderId,
                "{\"shopId\":\"shop-v\",\"fulfilment\":\"NOT_ALLOCATED_AUDITED\",\"labelPrinted\":true}");
        assertThat(label.status()).isEqualTo(400);
        assertThat(label.json().get("field").asString()).isEqualTo("labelPrinted");
        assertThat(http.get("/erp/api/orders/" + orderId).status()).isEqualTo(404);

        Answer consignee = http.putJson("/sandbox/erp/orders/" + orderId,
                "{\"shopId\":\"shop-v\",\"fulfilment\":\"SHIPPED\",\"consignee\":{\"city\":\"杭州\"}}");
        assertThat(consignee.status()).isEqualTo(400);
        assertThat(consignee.json().get("field").asString()).isEqualTo("consignee.province");
    }

    @Test
    void aVoidFailedEventMakesTheNextVoidFailOnce() {
        String orderId = order("{\"shopId\":\"shop-v\",\"fulfilment\":\"ALLOCATED_AUDITED\"}");
        operate(orderId, "intercept", "{\"requestId\":\"i-1\",\"note\":\"退款\"}");

        Answer event = http.postJson("/sandbox/erp/orders/" + orderId + "/events", "{\"event\":\"VOID_FAILED\"}");
        assertThat(event.status()).isEqualTo(200);
        assertThat(event.json().get("event").asString()).isEqualTo("VOID_FAILED");

        Answer failed = operate(orderId, "void", "{\"requestId\":\"v-1\"}");
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.json().get("code").asString()).isEqualTo("VOID_FAILED");
        assertThat(http.get("/erp/api/orders/" + orderId).json().get("fulfilment").asString())
                .isEqualTo("ALLOCATED_AUDITED");
        assertThat(operate(orderId, "void", "{\"requestId\":\"v-1\"}").json()).isEqualTo(failed.json()); // replay
        assertThat(operate(orderId, "void", "{\"requestId\":\"v-2\"}").status()).isEqualTo(200);
        assertThat(actionLog(orderId)).containsExactly("INTERCEPT_IN_WAREHOUSE", "VOID:VOID_FAILED", "VOID");
    }

    @Test
    void badEventsAreProblems() {
        String orderId = order("{\"shopId\":\"shop-v\",\"fulfilment\":\"ALLOCATED_AUDITED\"}");

        Answer unknown = http.postJson("/sandbox/erp/orders/" + orderId + "/events", "{\"event\":\"EXPLODED\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("event");
        assertThat(http.postJson("/sandbox/erp/orders/" + orderId + "/events", "{}").json().get("field").asString())
                .isEqualTo("event");
        assertThat(http.postJson("/sandbox/erp/orders/" + unique("NOPE") + "/events", "{\"event\":\"VOID_FAILED\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void aReshipShipsANewParcelTheCourierKnowsOncePerRequestId() {
        String orderId = shippedOrder();

        Answer reship = operate(orderId, "reship", "{\"requestId\":\"rs-1\",\"note\":\"补寄\",\"quantity\":1}");

        assertThat(reship.status()).isEqualTo(200);
        assertThat(reship.json().get("kind").asString()).isEqualTo("RESHIP");
        assertThat(reship.json().get("carrier").asString()).isEqualTo("YTO");
        String trackingNo = reship.json().get("trackingNo").asString();
        assertThat(trackingNo).isEqualTo(orderId + "-RS1");
        assertThat(reship.json().get("sku").asString()).isEqualTo("SHOE-BLK-42"); // the order's item
        assertThat(reship.json().get("order").get("replacements")).hasSize(1);

        JsonNode parcel = http.get("/courier/api/shipments/" + trackingNo).json();
        assertThat(parcel.get("carrier").asString()).isEqualTo("YTO");
        assertThat(parcel.get("status").asString()).isEqualTo("COLLECTED");
        assertThat(parcel.get("lastMovementAt").asString()).isEqualTo(CLOCK.instant().toString());

        Answer replay = operate(orderId, "reship", "{\"requestId\":\"rs-1\",\"note\":\"补寄\",\"quantity\":1}");
        assertThat(replay.json()).isEqualTo(reship.json());
        assertThat(http.get("/courier/api/shipments/" + orderId + "-RS2").status()).isEqualTo(404);

        Answer second = operate(orderId, "reship", "{\"requestId\":\"rs-2\",\"sku\":\"SHOE-BLK-43\",\"quantity\":2}");
        assertThat(second.json().get("trackingNo").asString()).isEqualTo(orderId + "-RS2");
        assertThat(second.json().get("sku").asString()).isEqualTo("SHOE-BLK-43");
        assertThat(second.json().get("quantity").asInt()).isEqualTo(2);

        JsonNode log = http.get("/sandbox/erp/orders/" + orderId + "/actions").json();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).get("action").asString()).isEqualTo("RESHIP");
        assertThat(log.get(0).get("trackingNo").asString()).isEqualTo(orderId + "-RS1");
        assertThat(log.get(0).get("carrier").asString()).isEqualTo("YTO");
        assertThat(log.get(0).get("note").asString()).isEqualTo("补寄");
    }

    @Test
    void anExchangeShipmentIsLoggedAsSuch() {
        String orderId = shippedOrder();

        Answer exchange = operate(orderId, "ship-exchange", "{\"requestId\":\"ex-1\",\"sku\":\"SHOE-BLK-43\"}");

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.json().get("kind").asString()).isEqualTo("SHIP_EXCHANGE");
        assertThat(exchange.json().get("trackingNo").asString()).isEqualTo(orderId + "-EX1");
        assertThat(exchange.json().get("quantity").asInt()).isEqualTo(1);
        assertThat(http.get("/courier/api/shipments/" + orderId + "-EX1").status()).isEqualTo(200);
        assertThat(actionLog(orderId)).containsExactly("SHIP_EXCHANGE");
    }

    @Test
    void onlyAShippedOrderShipsAgainAndBadRequestsAreNamed() {
        String notShipped = order("{\"shopId\":\"shop-v\",\"fulfilment\":\"ALLOCATED_AUDITED\",%s}".formatted(ITEM));
        Answer refused = operate(notShipped, "reship", "{\"requestId\":\"rs-x\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("INVALID_STATE");
        assertThat(actionLog(notShipped)).containsExactly("RESHIP:INVALID_STATE");

        String noItem = order("{\"shopId\":\"shop-v\",\"fulfilment\":\"SHIPPED\"}");
        Answer noSku = operate(noItem, "reship", "{\"requestId\":\"rs-y\"}");
        assertThat(noSku.status()).isEqualTo(400);
        assertThat(noSku.json().get("field").asString()).isEqualTo("sku");
        Answer zero = operate(noItem, "reship", "{\"requestId\":\"rs-z\",\"sku\":\"A\",\"quantity\":0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("field").asString()).isEqualTo("quantity");
        assertThat(actionLog(noItem)).isEmpty();
    }
}
