package com.refundpilot.platform.domain.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Order complaints (assumed): filed once, taken over once, decided once, a moved answer deadline. */
class WechatComplaintNormalizerTest {

    private static final Instant READ = Instant.parse("2026-11-11T02:00:00Z");
    private final WechatComplaintNormalizer normalizer = new WechatComplaintNormalizer(Duration.ofHours(72),
            Duration.ofSeconds(10));

    private static WechatOrderComplaint complaint(String status, long deadlineSeconds, int verdict) {
        return new WechatOrderComplaint("C1", "T1", 1, status, 1_794_300_000L, 1_794_300_000L, deadlineSeconds,
                1_794_200_000L, 1_794_250_000L, 59900, 1_794_400_000L, verdict, 0);
    }

    @Test
    void aFiledComplaintCarriesItsKindDeadlineAndTheOrdersShipTimes() {
        var result = normalizer.normalize(null, complaint("WAIT_MERCHANT_HANDLE", 86400, 0), "shop-w", READ);
        ComplaintFiled filed = (ComplaintFiled) result.normalized().events().get(0);
        assertThat(filed.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(filed.deadline()).isEqualTo(READ.plusSeconds(86400));
        assertThat(filed.promisedShipBy()).isEqualTo(Instant.ofEpochSecond(1_794_200_000L));
        assertThat(filed.shippedAt()).isEqualTo(Instant.ofEpochSecond(1_794_250_000L));
        assertThat(filed.orderPaidFen()).isEqualTo(59900);
        assertThat(WechatComplaintNormalizer.kindOf(2)).isEqualTo("SERVICE");
        assertThat(WechatComplaintNormalizer.kindOf(9)).isEqualTo("OTHER");

        var moved = normalizer.normalize(result.seen(), complaint("WAIT_MERCHANT_HANDLE", 3600, 0), "shop-w", READ);
        assertThat(moved.normalized().events()).singleElement().isInstanceOf(DeadlineChanged.class);
        assertThat(normalizer.normalize(result.seen(), complaint("WAIT_MERCHANT_HANDLE", 86400 - 5, 0), "shop-w",
                READ.plusSeconds(5)).normalized().events()).as("within the tolerance").isEmpty();
    }

    @Test
    void staffTakingItOverAndDecidingItAreReportedOnce() {
        var filed = normalizer.normalize(null, complaint("WAIT_MERCHANT_HANDLE", 86400, 0), "shop-w", READ).seen();
        var handling = normalizer.normalize(filed, complaint("PLATFORM_HANDLING", 0, 0), "shop-w", READ);
        PlatformIntervened intervened = (PlatformIntervened) handling.normalized().events().get(0);
        assertThat(intervened.evidenceDeadline()).isEqualTo(Instant.ofEpochSecond(1_794_400_000L));
        assertThat(normalizer.normalize(handling.seen(), complaint("PLATFORM_HANDLING", 0, 0), "shop-w", READ)
                .normalized().events()).isEmpty();
        var decided = normalizer.normalize(handling.seen(), complaint("CLOSED", 0, 2), "shop-w", READ);
        assertThat(decided.normalized().events()).singleElement().isInstanceOfSatisfying(PlatformVerdict.class,
                v -> assertThat(v.forMerchant()).isFalse());
        assertThat(normalizer.normalize(decided.seen(), complaint("CLOSED", 0, 2), "shop-w", READ).normalized()
                .dropReason()).contains("no change");
    }
}
