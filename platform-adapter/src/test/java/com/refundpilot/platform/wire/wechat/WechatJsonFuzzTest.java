package com.refundpilot.platform.wire.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.wechat.WechatAfterSaleNormalizer;
import com.refundpilot.platform.domain.wechat.WechatAfterSaleView;
import com.refundpilot.platform.domain.wechat.WechatPush;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import com.refundpilot.platform.wire.Mutations;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the WeChat readers: whatever the bytes of a decrypted event or of an after-sale answer, reading
 * ends in a record or in a {@link MalformedPayload} naming a field, and comparing a read after-sale ends in events or
 * a drop reason — never in another exception (a 500 and a redelivery loop).
 */
class WechatJsonFuzzTest {

    private static final String PUSH = "{\"ToUserName\":\"gh_shop-1\",\"FromUserName\":\"o1\",\"CreateTime\":1794300000,"
            + "\"MsgType\":\"event\",\"Event\":\"channels_ec_aftersale_update\",\"finder_shop_aftersale_status_update\":"
            + "{\"status\":\"MERCHANT_PROCESSING\",\"after_sale_order_id\":\"R1\",\"order_id\":\"T1\"},"
            + "\"finder_shop_complaint\":{\"complaint_status\":106,\"complaint_id\":\"CP-R1\",\"after_sale_order_id\":\"R1\"},"
            + "\"order_complaint_info\":{\"order_complaint_id\":\"C1\",\"status\":\"WAIT_MERCHANT_HANDLE\"}}";
    private static final String AFTER_SALE = "{\"after_sale_order_id\":\"R1\",\"order_id\":\"T1\",\"status\":"
            + "\"USER_WAIT_CONFIRM_UPDATE\",\"type\":\"RETURN\",\"sub_type\":\"\",\"reason\":\"10000021\",\"reason_text\":"
            + "\"质量问题\",\"product_info\":{\"sku_code\":\"S\",\"count\":1},\"details\":{\"media_id_list\":[\"m\"]},"
            + "\"refund_info\":{\"amount\":100,\"refund_reason\":0},\"return_info\":{\"waybill_id\":\"W\","
            + "\"delivery_name\":\"ZTO\"},\"merchant_update_detail\":{\"merchant_update_type\":3,\"old_after_sale_type\":2,"
            + "\"new_after_sale_type\":2,\"old_after_sale_amount\":100,\"new_after_sale_amount\":50},\"complaint_id\":\"\","
            + "\"deadline\":3600,\"create_time\":1794300000,\"update_time\":1794300001}";
    private static final String[] EVENTS = {"channels_ec_aftersale_update", "channels_ec_complaint_update",
        "channels_ec_order_complaint_update", "channels_ec_order_new"};

    private final WechatAfterSaleNormalizer normalizer = new WechatAfterSaleNormalizer(Duration.ofHours(72),
            Duration.ofSeconds(10), Set.of());

    @Test
    void randomMutationsOfAPushAreReadOrRefusedByField() {
        Random random = new Random(20261111L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String body = Mutations.mutate(PUSH.replace("channels_ec_aftersale_update", EVENTS[random.nextInt(EVENTS.length)]),
                    random);
            try {
                WechatPush push = WechatJson.push(body.getBytes(StandardCharsets.UTF_8));
                assertThat(push.messageKey()).isNotBlank();
                read++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (RuntimeException other) {
                fail("input " + body + " ended in " + other);
            }
        }
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void randomMutationsOfAnAfterSaleAreReadAndComparedOrRefusedByField() {
        Random random = new Random(20261112L);
        int compared = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String answer = Mutations.mutate(AFTER_SALE, random);
            try {
                var afterSale = WechatJson.afterSale(WechatJson.object(answer.getBytes(StandardCharsets.UTF_8), "x"));
                var view = new WechatAfterSaleView(afterSale, List.of(), null, null,
                        Instant.parse("2026-11-11T02:00:00Z"));
                var result = normalizer.normalize(null, view, "shop-1");
                assertThat(result.normalized().events().isEmpty() == (result.normalized().dropReason() != null))
                        .isTrue();
                compared++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (RuntimeException other) {
                fail("answer " + answer + " ended in " + other);
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void theEnvelopeNeedsItsCiphertext() {
        assertThat(WechatJson.envelope("{\"ToUserName\":\"gh_x\",\"Encrypt\":\"abc\"}".getBytes(StandardCharsets.UTF_8))
                .encrypt()).isEqualTo("abc");
        try {
            WechatJson.envelope("{\"ToUserName\":\"gh_x\"}".getBytes(StandardCharsets.UTF_8));
            fail("no Encrypt");
        } catch (MalformedPayload malformed) {
            assertThat(malformed.field()).isEqualTo("Encrypt");
        }
    }

}
