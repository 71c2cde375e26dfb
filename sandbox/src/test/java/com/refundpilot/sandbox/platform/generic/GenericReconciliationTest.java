package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /after-sales}: one shop's generic after-sales changed in a window, oldest change first, by pages. */
class GenericReconciliationTest extends GenericTestSupport {

    private String open(String shopId) {
        String refundId = unique("G");
        assertThat(http.postJson("/sandbox/platforms/generic/refunds", refundJson(refundId, "REFUND_ONLY", 100,
                "PT72H", "").replace("shop-1", shopId)).status()).isEqualTo(201);
        return refundId;
    }

    private static List<String> ids(Answer page) {
        List<String> ids = new ArrayList<>();
        page.json().get("afterSales").forEach(a -> ids.add(a.get("afterSaleId").asString()));
        return ids;
    }

    @Test
    void theShopsAfterSalesInTheWindowComeOldestChangeFirstByPages() {
        String shop = unique("shop");
        Instant t0 = CLOCK.instant();
        String first = open(shop);
        CLOCK.advance(Duration.ofMinutes(1));
        String second = open(shop);
        CLOCK.advance(Duration.ofMinutes(1));
        String third = open(shop);
        open("shop-1");
        assertThat(http.postJson("/sandbox/platforms/taobao/refunds", refundJson(unique("R"), "REFUND_ONLY", 100,
                "PT72H", "").replace("shop-1", shop)).status()).isEqualTo(201);

        Answer page1 = apiGet("/after-sales?shopId=" + shop + "&pageSize=2");
        assertThat(ids(page1)).containsExactly(first, second);
        assertThat(page1.json().get("hasNext").asBoolean()).isTrue();
        Answer page2 = apiGet("/after-sales?shopId=" + shop + "&pageSize=2&page=2");
        assertThat(ids(page2)).containsExactly(third);
        assertThat(page2.json().get("hasNext").asBoolean()).isFalse();
        assertThat(ids(apiGet("/after-sales?shopId=" + shop + "&updatedFrom=" + t0.plus(Duration.ofMinutes(1)))))
                .containsExactly(second, third);
        assertThat(ids(apiGet("/after-sales?shopId=" + shop + "&updatedFrom=" + t0 + "&updatedTo="
                + t0.plus(Duration.ofMinutes(1))))).as("the window's end is not in it").containsExactly(first);

        CLOCK.advance(Duration.ofMinutes(1));
        control(first, "modify", "{\"amountFen\":90}");
        JsonNode all = apiGet("/after-sales?shopId=" + shop).json();
        assertThat(ids(apiGet("/after-sales?shopId=" + shop))).containsExactly(second, third, first);
        assertThat(all.get("afterSales").get(2).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aPageTooLargeOrAMissingShopIsAnInvalidField() {
        Answer tooLarge = apiGet("/after-sales?shopId=shop-1&pageSize=101");
        assertRefused(tooLarge, 400, "INVALID_FIELD");
        assertThat(tooLarge.json().get("field").asString()).isEqualTo("pageSize");
        assertThat(apiGet("/after-sales").json().get("field").asString()).isEqualTo("shopId");
        assertThat(apiGet("/after-sales?shopId=shop-1&updatedFrom=yesterday").json().get("field").asString())
                .isEqualTo("updatedFrom");
    }
}
