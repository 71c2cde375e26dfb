package com.refundpilot.platform.wire.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.douyin.DouyinFacts;
import com.refundpilot.platform.domain.douyin.DouyinNormalizer;
import com.refundpilot.platform.domain.douyin.DouyinPushMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import com.refundpilot.platform.wire.Mutations;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded fuzzing of the Douyin push reader, the detail reader and the normalizer: whatever the bytes, a batch reads
 * into messages and at most a problem naming a field (with the message's index), or is refused whole on {@code body};
 * a detail reads or names its field; normalizing ends in events or a drop reason — never another exception (a 500
 * and a redelivery loop).
 */
class DouyinPushReaderFuzzTest {

    private static final String VALID = "[{\"tag\":\"200\",\"msg_id\":\"m1\",\"data\":\"{\\\"p_id\\\":\\\"P1\\\","
            + "\\\"shop_id\\\":\\\"s\\\",\\\"aftersale_id\\\":\\\"A1\\\",\\\"aftersale_status\\\":6,"
            + "\\\"refund_amount\\\":100,\\\"update_time\\\":\\\"2026-12-01T10:00:00+08:00\\\"}\"},"
            + "{\"tag\":\"9001\",\"msg_id\":\"m2\",\"data\":\"{\\\"shop_id\\\":\\\"s\\\",\\\"aftersale_id\\\":\\\"A1\\\","
            + "\\\"message_id\\\":7}\"}]";
    private static final String DETAIL = "{\"process_info\":{\"after_sale_info\":{\"after_sale_id\":\"A1\","
            + "\"after_sale_status\":6,\"after_sale_type\":1,\"refund_total_amount\":100,\"update_time\":1764583200,"
            + "\"status_deadline\":1764842400,\"reason\":\"7天无理由\"},\"arbitrate_info\":{\"arbitrate_status\":1,"
            + "\"arbitrate_status_deadline\":\"1764842400\",\"arbitrate_conclusion\":0},\"logistics_info\":"
            + "{\"return\":{\"tracking_no\":\"YT1\",\"company_name\":\"YTO\"}},\"record_logs_list\":[]},"
            + "\"order_info\":{\"shop_order_id\":\"P1\",\"sku_order_infos\":[{\"pay_amount\":100}]}}";
    private static final String[] TAGS = {"200", "203", "206", "207", "208", "209", "216", "217", "9001", "9002",
        "9011", "201", "105", "x"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DouyinNormalizer normalizer = new DouyinNormalizer(Duration.ofHours(72),
            Set.of(PlatformAction.AGREE_REFUND));

    @Test
    void randomMutationsOfAValidBatchAreReadOrRefusedByField() {
        Random random = new Random(20261201L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String body = Mutations.mutate(VALID.replace("\"200\"", "\"" + TAGS[random.nextInt(TAGS.length)] + "\""), random);
            try {
                DouyinPushReader.Batch batch = DouyinPushReader.read(body.getBytes(StandardCharsets.UTF_8));
                if (batch.problem() != null) {
                    assertThat(batch.problem().field()).isNotBlank();
                    refused++;
                }
                for (DouyinPushMessage message : batch.messages()) {
                    assertThat(message.msgId()).isNotBlank();
                    var normalized = normalizer.normalize(message, DouyinFacts.none(), Instant.EPOCH);
                    assertThat(normalized.events().isEmpty() == (normalized.dropReason() != null)).isTrue();
                    read++;
                }
            } catch (MalformedPayload wholeBatch) {
                assertThat(wholeBatch.field()).isEqualTo("body");
                refused++;
            } catch (RuntimeException other) {
                fail("input " + body + " ended in " + other);
            }
        }
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void randomMutationsOfADetailAreReadOrRefusedByFieldAndNormalizeWithoutThrowing() {
        Random random = new Random(20261202L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String body = Mutations.mutate(DETAIL, random);
            try {
                var detail = DouyinApiReader.afterSale(JSON.readTree(body));
                String tag = TAGS[random.nextInt(TAGS.length)];
                var message = new DouyinPushMessage(0, tag, "m", "s", "A1", null, "P1", "7", "9");
                var normalized = normalizer.normalize(message, DouyinFacts.of(detail), Instant.EPOCH);
                assertThat(normalized.events().isEmpty() == (normalized.dropReason() != null)).isTrue();
                read++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (tools.jackson.core.JacksonException notJson) {
                refused++; // the client's JSON read, before the reader: a refused answer, not a crash
            } catch (RuntimeException other) {
                fail("detail " + body + " ended in " + other);
            }
        }
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void aMalformedMessageIsNamedByItsIndexAndTheOthersAreStillRead() {
        String batch = VALID.replace("\\\"aftersale_id\\\":\\\"A1\\\",\\\"message_id", "\\\"message_id");

        DouyinPushReader.Batch read = DouyinPushReader.read(batch.getBytes(StandardCharsets.UTF_8));

        assertThat(read.messages()).extracting(DouyinPushMessage::msgId).containsExactly("m1");
        assertThat(read.problem().field()).isEqualTo("[1].data.aftersale_id");
    }

    @Test
    void idsMayBeNumbersAsOnTheRealWireAndTheDataMustBeAString() {
        String numeric = "[{\"tag\":200,\"msg_id\":7000893114000949517,\"data\":\"{\\\"shop_id\\\":597277,"
                + "\\\"aftersale_id\\\":7000893114000949517}\"}]";
        DouyinPushMessage message = DouyinPushReader.read(numeric.getBytes(StandardCharsets.UTF_8)).messages().get(0);
        assertThat(message.afterSaleId()).isEqualTo("7000893114000949517");
        assertThat(message.shopId()).isEqualTo("597277");

        String object = "[{\"tag\":\"200\",\"msg_id\":\"m\",\"data\":{\"aftersale_id\":\"A1\"}}]";
        assertThat(DouyinPushReader.read(object.getBytes(StandardCharsets.UTF_8)).problem().field())
                .isEqualTo("[0].data");
    }

}
