package com.refundpilot.platform.wire.pdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.pdd.PddAfterSale;
import com.refundpilot.platform.domain.pdd.PddFacts;
import com.refundpilot.platform.domain.pdd.PddNormalizer;
import com.refundpilot.platform.domain.pdd.PddPush;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import com.refundpilot.platform.wire.Mutations;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the PDD frame reader and normalizer: whatever the bytes — the frame's or the JSON string inside
 * its {@code content} — reading ends in a push or a {@link MalformedPayload} naming a field, and normalizing ends in
 * events or a drop reason, never another exception (a 500 and a redelivery loop).
 */
class PddJsonFuzzTest {

    private static final String CONTENT = "{\\\"mall_id\\\":\\\"shop-p\\\",\\\"refund_id\\\":\\\"P1\\\","
            + "\\\"tid\\\":\\\"T1\\\",\\\"bill_type\\\":1,\\\"refund_fee\\\":19900,\\\"modified\\\":1762826400000,"
            + "\\\"message_id\\\":1001,\\\"complaint_id\\\":\\\"PC1\\\"}";
    private static final String VALID = "{\"id\":70001,\"commandType\":\"Common\",\"time\":1762826400000,"
            + "\"sendTime\":1762826400000,\"message\":{\"type\":\"TYPE\",\"mallID\":\"shop-p\",\"content\":\""
            + CONTENT + "\"}}";
    private static final String[] TYPES = {"pdd_refund_RefundCreated", "pdd_refund_RefundAgreeAgreement",
        "pdd_refund_RefundClosed", "pdd_refund_RefundBuyerModifyAgreement", "pdd_refund_RefundBuyerReturnGoods",
        "pdd_refund_RefundTimeoutChanged", "pdd_refund_RefundCreateMessage", "pdd_complaint_ComplaintCreated", "x"};
    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

    private final PddNormalizer normalizer = new PddNormalizer(Duration.ofHours(72), Set.of());

    @Test
    void randomMutationsOfAValidFrameAreReadOrRefusedByField() {
        Random random = new Random(20261111L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String body = Mutations.mutate(VALID.replace("TYPE", TYPES[random.nextInt(TYPES.length)]), random);
            try {
                PddPush push = PddJson.push(body.getBytes(StandardCharsets.UTF_8));
                assertThat(push.id()).isNotBlank();
                var normalized = normalizer.normalize(push, facts(random), NOW);
                assertThat(normalized.events().isEmpty() == (normalized.dropReason() != null)).isTrue();
                read++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (RuntimeException other) {
                fail("input " + body + " ended in " + other);
            }
        }
        // Both outcomes were exercised: the mutations neither all broke nor all kept the frame.
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    /** An after-sale with random PDD codes (including repairs and unknown ones), or nothing read. */
    private static PddFacts facts(Random random) {
        if (random.nextInt(5) == 0) {
            return PddFacts.none();
        }
        return PddFacts.of(new PddAfterSale("P1", "T1", "shop-p", random.nextInt(7), random.nextInt(35), null,
                random.nextInt(100_000), 0, random.nextInt(3), 0, 0, null, random.nextBoolean() ? "ZT1" : null, null,
                random.nextBoolean() ? NOW : null, null, random.nextLong(0, Long.MAX_VALUE / 2), false, false,
                random.nextInt(3), null, random.nextBoolean() ? "BUYER" : null));
    }

}
