package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** taobao.refunds.receive.get: a shop's refunds by modification window, paged, with the fields asked for. */
class TopRefundListApiTest extends TaobaoTestSupport {

    private static final String FIELDS = "refund_id,tid,status,modified,refund_version,bill_type,refund_fee,total_fee,payment";

    private String openFor(String shopId, String type, long amountFen) {
        String refundId = unique("RL");
        String body = TaobaoControlApiTest.refundJson(refundId, "").replace("\"shop-1\"", "\"" + shopId + "\"")
                .replace("REFUND_ONLY", type).replace("\"amountFen\":59900", "\"amountFen\":" + amountFen);
        assertThat(http.postJson("/sandbox/platforms/taobao/refunds", body).status()).isEqualTo(201);
        return refundId;
    }

    private JsonNode list(String shopId, Map<String, String> extra) {
        Map<String, String> params = new HashMap<>(Map.of("session", shopId, "fields", FIELDS));
        params.putAll(extra);
        return top("taobao.refunds.receive.get", params).json();
    }

    private JsonNode window(String shopId, Instant start, Instant end, Map<String, String> extra) {
        Map<String, String> params = new HashMap<>(extra);
        params.put("start_modified", TaobaoWire.time(start));
        params.put("end_modified", TaobaoWire.time(end));
        return list(shopId, params).get("refunds_receive_get_response");
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("refunds").get("refund").forEach(r -> ids.add(r.get("refund_id").asString()));
        return ids;
    }

    @Test
    void aWindowListsTheShopsRefundsModifiedInItWithTheAskedFieldsInModifiedOrder() {
        String shop = unique("shop-list");
        Instant first = CLOCK.instant();
        String a = openFor(shop, "REFUND_ONLY", 59900);
        String b = openFor(shop, "RETURN_AND_REFUND", 12000);
        openFor(unique("other-shop"), "REFUND_ONLY", 100);
        CLOCK.advance(Duration.ofMinutes(10));
        String later = openFor(shop, "REFUND_ONLY", 100);

        JsonNode early = window(shop, first, first.plusSeconds(59), Map.of());

        assertThat(early.get("total_results").asInt()).isEqualTo(2);
        assertThat(ids(early)).containsExactlyInAnyOrder(a, b).doesNotContain(later);
        JsonNode entry = early.get("refunds").get("refund").get(ids(early).indexOf(b));
        assertThat(entry.get("tid").asString()).isEqualTo("T-" + b);
        assertThat(entry.get("status").asString()).isEqualTo("WAIT_SELLER_AGREE");
        assertThat(entry.get("modified").asString()).isEqualTo(TaobaoWire.time(first));
        assertThat(entry.get("refund_version").asLong()).isEqualTo(1);
        assertThat(entry.get("bill_type").asString()).isEqualTo("return_bill");
        assertThat(entry.has("reason")).as("only the fields asked for").isFalse();

        JsonNode whole = window(shop, first, CLOCK.instant(), Map.of());
        assertThat(ids(whole)).hasSize(3).endsWith(later);
    }

    @Test
    void aChangeMovesTheRefundToTheWindowOfItsNewModificationWithTheNewVersionAndPayment() {
        String shop = unique("shop-list");
        Instant filed = CLOCK.instant();
        String refundId = openFor(shop, "REFUND_ONLY", 59900);
        CLOCK.advance(Duration.ofMinutes(5));
        Instant agreedAt = CLOCK.instant();
        assertThat(top("taobao.rp.refunds.agree", Map.of("session", shop, "refund_infos",
                refundId + "|41930|1|onsale")).json().toString()).contains("\"succ\":true");

        assertThat(ids(window(shop, filed, filed.plusSeconds(1), Map.of()))).isEmpty();
        JsonNode now = window(shop, agreedAt, agreedAt, Map.of()).get("refunds").get("refund").get(0);
        assertThat(now.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(now.get("refund_version").asLong()).isEqualTo(2);
        assertThat(now.get("total_fee").asString()).isEqualTo("599.00");
        assertThat(now.get("payment").asString()).as("what the seller keeps: paid minus refunded").isEqualTo("179.70");
        assertThat(ids(window(shop, filed, agreedAt, Map.of("status", "WAIT_SELLER_AGREE")))).isEmpty();
    }

    @Test
    void pagesOfAtMostAHundredTellWhetherAnotherFollowsWhenAskedTo() {
        String shop = unique("shop-list");
        Instant start = CLOCK.instant();
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(openFor(shop, "REFUND_ONLY", 100 + i));
        }

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode answer = window(shop, start, start, Map.of("page_no", Integer.toString(page), "page_size", "2",
                    "use_has_next", "true"));
            assertThat(answer.has("total_results")).isFalse();
            assertThat(answer.get("has_next").asBoolean()).isEqualTo(page < 3);
            seen.addAll(ids(answer));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(opened).doesNotHaveDuplicates();
        assertThat(ids(window(shop, start, start, Map.of("page_no", "4", "page_size", "2")))).isEmpty();
    }

    @Test
    void badParametersAreTopErrorsNamingTheParameter() {
        String shop = unique("shop-list");
        Map<String, String> noFields = new HashMap<>(Map.of("session", shop));
        JsonNode missing = top("taobao.refunds.receive.get", noFields).json().get("error_response");
        assertThat(missing.get("code").asInt()).isEqualTo(40);
        assertThat(missing.get("sub_code").asString()).isEqualTo("isv.missing-parameter:fields");

        assertThat(list(shop, Map.of("page_size", "101")).get("error_response").get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:page_size");
        assertThat(list(shop, Map.of("start_modified", "2026-11-11T10:00:00")).get("error_response").get("sub_code")
                .asString()).isEqualTo("isv.invalid-parameter:start_modified");
        assertThat(list(shop, Map.of("start_modified", "2026-11-11 10:00:01", "end_modified", "2026-11-11 10:00:00"))
                .get("error_response").get("sub_code").asString()).isEqualTo("isv.invalid-parameter:end_modified");
        assertThat(list(shop, Map.of("fields", "refund_id,secret")).get("error_response").get("sub_code").asString())
                .isEqualTo("isv.invalid-parameter:fields");
    }
}
