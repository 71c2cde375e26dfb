package com.refundpilot.sandbox.platform.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code getaftersalelist} (what the merchant's reconciliation reads: IDs only, by update or create time, 24-hour
 * windows, next_key paging) and the webhook-loss control (a lost event is held and delivered late under its key).
 */
class WechatAfterSaleListTest extends WechatTestSupport {

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("after_sale_order_id_list").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private long updateTime(String refundId) {
        return api("/channels/ec/aftersale/getaftersaleorder", "{\"after_sale_order_id\":\"" + refundId + "\"}")
                .get("after_sale_order").get("update_time").asLong();
    }

    @Test
    void listsTheIdsUpdatedInTheWindowAndPagesByNextKey() {
        String refundId = openRefund();
        long at = updateTime(refundId);
        String window = "\"begin_update_time\":" + (at - 3600) + ",\"end_update_time\":" + at;

        List<String> all = new ArrayList<>();
        JsonNode page = api("/channels/ec/aftersale/getaftersalelist", "{" + window + "}");
        assertOk(page);
        all.addAll(ids(page));
        int pages = 1;
        while (page.get("has_more").asBoolean()) {
            page = api("/channels/ec/aftersale/getaftersalelist", "{" + window + ",\"next_key\":\""
                    + page.get("next_key").asString() + "\"}");
            all.addAll(ids(page));
            pages++;
        }

        assertThat(all).contains(refundId).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((all.size() + WechatAfterSaleList.PAGE_SIZE - 1) / WechatAfterSaleList.PAGE_SIZE);
        assertThat(ids(api("/channels/ec/aftersale/getaftersalelist", "{\"begin_update_time\":" + (at + 1)
                + ",\"end_update_time\":" + (at + 60) + "}"))).doesNotContain(refundId);
        assertThat(ids(api("/channels/ec/aftersale/getaftersalelist", "{\"begin_create_time\":" + (at - 60)
                + ",\"end_create_time\":" + at + "}"))).contains(refundId);
    }

    @Test
    void aWindowLongerThan24HoursOrNoWindowOrAForeignKeyIsRefused() {
        assertRefused(api("/channels/ec/aftersale/getaftersalelist",
                "{\"begin_update_time\":0,\"end_update_time\":86401}"), 10020004);
        assertRefused(api("/channels/ec/aftersale/getaftersalelist", "{}"), 9700224);
        assertRefused(api("/channels/ec/aftersale/getaftersalelist",
                "{\"begin_update_time\":0,\"end_update_time\":60,\"next_key\":\"forged\"}"), 9700224);
    }

    @Test
    void aLostEventIsHeldAndDeliveredLateUnderItsKey() {
        String refundId = unique("W-LOSS");
        http.postJson(CONTROL + "/webhook-loss", "{\"dropNext\":1,\"topic\":\"channels_ec_aftersale_update\","
                + "\"refundId\":\"" + refundId + "\"}");

        Answer created = http.postJson(CONTROL + "/refunds", refundJson(refundId, "REFUND_ONLY", 59900, "PT72H", ""));

        assertThat(created.json().get("pushes").toString()).isEqualTo("[0]");
        assertThat(pushesAbout(refundId)).isEmpty();
        JsonNode held = http.get(CONTROL + "/webhook-loss").json().get("held");
        String key = null;
        for (JsonNode lost : held) {
            if (refundId.equals(lost.get("refundId").asString())) {
                key = lost.get("msgId").asString();
            }
        }
        assertThat(key).startsWith("channels_ec_aftersale_update:" + refundId + ":");

        Answer late = http.postJson(CONTROL + "/webhook-loss/deliver-held", "{}");

        assertThat(late.json().get("pushes").toString()).contains(key).contains("\"status\":200");
        assertThat(pushesAbout(refundId)).hasSize(1);
    }
}
