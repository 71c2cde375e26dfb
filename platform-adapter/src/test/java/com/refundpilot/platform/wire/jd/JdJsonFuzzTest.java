package com.refundpilot.platform.wire.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.jd.JdBatch;
import com.refundpilot.platform.domain.jd.JdBill;
import com.refundpilot.platform.domain.jd.JdFacts;
import com.refundpilot.platform.domain.jd.JdMessage;
import com.refundpilot.platform.domain.jd.JdNormalizer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import com.refundpilot.platform.wire.Mutations;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded fuzzing of the JD push and bill readers and the normalizer: whatever the bytes, reading ends in a batch (or
 * a bill) or in a {@link MalformedPayload} naming a field, and normalizing ends in events or a drop reason — never in
 * another exception (which would be a 500 and a redelivery loop).
 */
class JdJsonFuzzTest {

    private static final String CONTENT = "{\\\"serviceId\\\":\\\"J1\\\",\\\"orderId\\\":\\\"O1\\\",\\\"venderId\\\":"
            + "\\\"s\\\",\\\"customerExpect\\\":10,\\\"afsServiceStep\\\":22,\\\"sysVersion\\\":2,\\\"afsMessageId\\\":7,"
            + "\\\"feedbackId\\\":\\\"501\\\",\\\"refundSum\\\":\\\"59.90\\\"}";
    private static final String VALID = "{\"messages\":[{\"msgId\":\"jd-1\",\"topic\":\"TOPIC\",\"venderId\":\"s\","
            + "\"pubTime\":\"2026-12-01 10:00:00\",\"content\":\"" + CONTENT + "\"},{\"msgId\":2,\"topic\":"
            + "\"jos_complaint_create\",\"venderId\":\"s\",\"content\":\"{\\\"complaintId\\\":\\\"C1\\\"}\"}]}";
    private static final String BILL = "{\"serviceId\":\"J1\",\"orderId\":\"O1\",\"customerExpect\":90,"
            + "\"afsServiceStep\":22,\"sysVersion\":2,\"questionTypeCid1\":1003,\"applyRefundSum\":\"59.90\","
            + "\"refundSum\":0,\"orderPayment\":\"59.90\",\"afsApplyTime\":\"2026-12-01 10:00:00\","
            + "\"processExpireTime\":\"2026-12-03 10:00:00\",\"returnExpress\":{\"expressCode\":\"SF1\"},"
            + "\"refundApply\":{\"status\":0},\"jdIntervene\":{\"interveneStatus\":2,\"judgeResult\":1},"
            + "\"afsMessages\":[{\"afsMessageId\":7,\"role\":1,\"context\":\"收到了\",\"picUrls\":[\"p\"]}],"
            + "\"feedbacks\":[{\"feedbackId\":501,\"feedbackType\":1,\"refundSum\":\"10.00\",\"status\":1}],"
            + "\"evidences\":[{\"evidence\":\"PHOTO:p\"}]}";
    private static final String[] TOPICS = {"jos_afs_service_create", "jos_afs_service_modify",
        "jos_afs_service_send_back", "jos_afs_service_expire_change", "jos_afs_jd_intervene", "jos_afs_refund_success",
        "jos_afs_service_close", "jos_afs_track_message", "jos_afs_feedback_answer", "jos_complaint_decide", "x"};

    private final JdNormalizer normalizer = new JdNormalizer(Duration.ofHours(48), Set.of());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void randomMutationsOfAValidBatchAreReadOrRefusedByField() {
        Random random = new Random(20261201L);
        int read = 0;
        int refused = 0;
        JdBill bill = JdJson.bill(json.readTree(BILL), "data.");
        for (int i = 0; i < 5_000; i++) {
            String body = Mutations.mutate(VALID.replace("TOPIC", TOPICS[random.nextInt(TOPICS.length)]), random);
            try {
                JdBatch batch = JdJson.batch(body.getBytes(StandardCharsets.UTF_8));
                for (JdMessage message : batch.messages()) {
                    assertThat(message.msgId()).isNotBlank();
                    assertThat(message.subject()).isNotBlank();
                    var normalized = normalizer.normalize(message, JdFacts.of(bill), Instant.parse("2026-12-01T00:00:00Z"));
                    assertThat(normalized.events().isEmpty() == (normalized.dropReason() != null)).isTrue();
                }
                read++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (RuntimeException other) {
                fail("input " + body + " ended in " + other);
            }
        }
        // Both outcomes were exercised: the mutations neither all broke nor all kept the batch.
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void randomMutationsOfABillAreReadOrRefusedByFieldAndNormalizeToEventsOrADrop() {
        Random random = new Random(20261202L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = Mutations.mutate(BILL, random);
            try {
                JdBill bill = JdJson.bill(json.readTree(text), "data.");
                JdMessage message = JdJson.batch(VALID.replace("TOPIC", TOPICS[random.nextInt(TOPICS.length)])
                        .getBytes(StandardCharsets.UTF_8)).messages().get(0);
                var normalized = normalizer.normalize(message, JdFacts.of(bill), Instant.parse("2026-12-01T00:00:00Z"));
                assertThat(normalized.events().isEmpty() == (normalized.dropReason() != null)).isTrue();
                read++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (tools.jackson.core.JacksonException notJson) {
                refused++; // the API's answer is parsed by the client before the reader sees it
            } catch (RuntimeException other) {
                fail("bill " + text + " ended in " + other);
            }
        }
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

}
