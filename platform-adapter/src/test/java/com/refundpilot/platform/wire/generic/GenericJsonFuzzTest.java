package com.refundpilot.platform.wire.generic;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.generic.GenericNormalizer;
import com.refundpilot.platform.domain.generic.GenericPush;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import com.refundpilot.platform.wire.Mutations;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the generic push reader and normalizer: whatever the bytes, reading ends in a push or in a
 * {@link MalformedPayload} naming a field, and normalizing a push ends in events or a drop reason — never in
 * another exception (which would be a 500 and a redelivery loop).
 */
class GenericJsonFuzzTest {

    private static final String VALID = "{\"eventId\":\"e1\",\"type\":\"after_sale.buyer_message\",\"shopId\":\"s\","
            + "\"afterSale\":{\"afterSaleId\":\"G1\",\"orderId\":\"T1\",\"type\":\"RETURN_AND_REFUND\","
            + "\"status\":\"WAITING_MERCHANT\",\"version\":2,\"amountFen\":100,\"deadline\":\"2026-12-02T00:00:00Z\","
            + "\"returnWaybill\":{\"carrier\":\"SF\",\"trackingNo\":\"SF1\"},\"intervention\":{\"status\":\"NONE\"}},"
            + "\"message\":{\"messageId\":\"m\",\"from\":\"BUYER\",\"text\":\"收到了\",\"photos\":[\"p\"]}}";
    private static final String[] TYPES = {"after_sale.created", "after_sale.modified", "after_sale.return_shipped",
        "after_sale.deadline_changed", "after_sale.intervened", "after_sale.refunded", "after_sale.closed",
        "after_sale.negotiation_answered", "complaint.created", "complaint.decided", "x"};

    private final GenericNormalizer normalizer = new GenericNormalizer(Duration.ofHours(72), Set.of());

    @Test
    void randomMutationsOfAValidPushAreReadOrRefusedByField() {
        Random random = new Random(20261201L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String body = Mutations.mutate(VALID.replace("after_sale.buyer_message", TYPES[random.nextInt(TYPES.length)]),
                    random);
            try {
                GenericPush push = GenericJson.push(body.getBytes(StandardCharsets.UTF_8));
                var normalized = normalizer.normalize(push, Instant.parse("2026-12-01T00:00:00Z"));
                assertThat(normalized.events().isEmpty() == (normalized.dropReason() != null)).isTrue();
                read++;
            } catch (MalformedPayload malformed) {
                assertThat(malformed.field()).isNotBlank();
                refused++;
            } catch (RuntimeException other) {
                fail("input " + body + " ended in " + other);
            }
        }
        // Both outcomes were exercised: the mutations neither all broke nor all kept the push.
        assertThat(read).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

}
