package com.refundpilot.sandbox.platform.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code afterSale/List} (what the merchant's reconciliation reads) and the webhook-loss control (what makes it
 * needed): the token's shop's after-sales by update_time, paged from 0; a lost batch is held and delivered late with
 * the same msg_ids.
 */
class DouyinAfterSaleListTest extends DouyinTestSupport {

    private Answer list(String params) {
        return api("afterSale/List", params);
    }

    private static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.json().get("data").get("items").forEach(item -> ids.add(item.get("aftersale_info").get("aftersale_id")
                .asString()));
        return ids;
    }

    @Test
    void listsTheShopsAfterSalesUpdatedInTheWindowInUpdateTimeOrderAndPagesFromZero() {
        String first = openRefund("REFUND_ONLY");
        String second = openRefund("RETURN_AND_REFUND");
        long from = updateTime(first);
        long to = updateTime(second);
        String window = "\"update_start_time\":" + from + ",\"update_end_time\":" + to;

        Answer all = list("{" + window + ",\"page\":0,\"size\":100,\"order_by\":[\"update_time asc\"]}");

        assertSuccess(all);
        assertThat(ids(all)).contains(first, second);
        List<String> order = new ArrayList<>();
        all.json().get("data").get("items").forEach(item -> order.add(String.format("%012d|%s",
                item.get("aftersale_info").get("update_time").asLong(),
                item.get("aftersale_info").get("aftersale_id").asString())));
        assertThat(order).as("by update_time, then ID").isSorted();
        JsonNode info = all.json().get("data").get("items").get(ids(all).indexOf(first)).get("aftersale_info");
        assertThat(info.get("aftersale_status").asInt()).isEqualTo(6);
        assertThat(info.get("update_time").asLong()).isEqualTo(from);
        assertThat(info.get("related_id").asString()).isEqualTo("T-" + first);
        int total = all.json().get("data").get("total").asInt();

        Answer firstPage = list("{" + window + ",\"page\":0,\"size\":1}");
        Answer lastPage = list("{" + window + ",\"page\":" + (total - 1) + ",\"size\":1}");
        assertThat(firstPage.json().get("data").get("has_more").asBoolean()).isEqualTo(total > 1);
        assertThat(lastPage.json().get("data").get("has_more").asBoolean()).isFalse();
        assertThat(ids(firstPage)).hasSize(1);
    }

    @Test
    void anotherShopsAfterSalesAndOnesOutsideTheWindowAreNotListed() {
        String mine = openRefund("REFUND_ONLY");
        long at = updateTime(mine);

        assertThat(ids(api("afterSale/List", "{\"update_start_time\":" + at + ",\"update_end_time\":" + at + "}",
                "shop-2", Long.toString(CLOCK.instant().getEpochSecond()), SECRET, KEY))).doesNotContain(mine);
        assertThat(ids(list("{\"update_start_time\":" + (at + 1) + ",\"update_end_time\":" + (at + 60) + "}")))
                .doesNotContain(mine);
    }

    @Test
    void aWindowEndingBeforeItStartsOrAPageTooLargeIsRefusedNamingTheField() {
        assertRefused(list("{\"update_start_time\":100,\"update_end_time\":99}"), 40004,
                "isv.parameter-invalid:update_end_time");
        assertRefused(list("{\"size\":101}"), 40004, "isv.parameter-invalid:size");
        assertRefused(list("{\"page\":-1}"), 40004, "isv.parameter-invalid:page");
    }

    @Test
    void aLostBatchIsHeldAndDeliveredLateWithTheSameMsgIds() {
        String refundId = unique("DY-LOSS");
        assertThat(http.postJson("/sandbox/platforms/douyin/webhook-loss",
                "{\"dropNext\":1,\"topic\":\"doudian_refund_RefundCreated\",\"refundId\":\"" + refundId + "\"}")
                .status()).isEqualTo(200);

        Answer created = http.postJson("/sandbox/platforms/douyin/refunds",
                refundJson(refundId, "shop-1", "REFUND_ONLY", 59900, "PT72H"));

        assertThat(created.json().get("pushes").toString()).isEqualTo("[0]");
        assertThat(batchesAbout(refundId)).isEmpty();
        JsonNode view = http.get("/sandbox/platforms/douyin/webhook-loss").json();
        assertThat(view.get("dropNext").asInt()).isZero();
        String lostMsgId = null;
        for (JsonNode held : view.get("held")) {
            if (refundId.equals(held.get("refundId").asString())) {
                lostMsgId = held.get("msgId").asString();
            }
        }
        assertThat(lostMsgId).isNotNull();

        Answer late = http.postJson("/sandbox/platforms/douyin/webhook-loss/deliver-held", "{}");

        assertThat(late.json().get("pushes").toString()).contains(lostMsgId).contains("\"status\":200");
        String expected = lostMsgId;
        assertThat(messages(refundId, "200")).singleElement().satisfies(m -> assertThat(m.msgId())
                .isEqualTo(expected));
        assertRefusedControl(http.postJson("/sandbox/platforms/douyin/webhook-loss", "{}"));
    }

    private static void assertRefusedControl(Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().toString()).contains("dropNext");
    }
}
