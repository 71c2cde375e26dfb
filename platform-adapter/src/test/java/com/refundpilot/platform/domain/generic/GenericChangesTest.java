package com.refundpilot.platform.domain.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a listed generic after-sale says is missing, given what the accepted pushes told (the watermark). */
class GenericChangesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private static Mark mark(String type, String status, long version, Instant updated) {
        return new Mark(type, new RefundState(status, version, updated, 1), "GENERIC:" + type, T0);
    }

    private static String missed(RefundState listed, Mark... marks) {
        return GenericChanges.missedType(listed, new RefundWatermark(List.of(marks)), m -> true).orElse("nothing");
    }

    @Test
    void aRequestNeverPushedIsMissingItsCreation() {
        assertThat(missed(new RefundState("WAITING_MERCHANT", 1, T0, 1))).isEqualTo("after_sale.created");
    }

    @Test
    void aNewVersionWaitingOnTheMerchantIsAModificationUnlessAnAcceptedNegotiationToldIt() {
        RefundState v2 = new RefundState("WAITING_MERCHANT", 2, T0.plusSeconds(60), 1);
        Mark created = mark("after_sale.created", "WAITING_MERCHANT", 1, T0);

        assertThat(missed(v2, created)).isEqualTo("after_sale.modified");
        assertThat(missed(v2, created, mark("after_sale.negotiation_answered", "WAITING_MERCHANT", 2,
                T0.plusSeconds(60)))).isEqualTo("nothing");
    }

    @Test
    void theEndIsMissingUntilItsOwnPushWasAccepted() {
        RefundState refunded = new RefundState("REFUNDED", 2, T0.plusSeconds(60), 1);
        Mark created = mark("after_sale.created", "WAITING_MERCHANT", 1, T0);

        assertThat(missed(refunded, created)).isEqualTo("after_sale.refunded");
        assertThat(missed(refunded, created, mark("after_sale.refunded", "REFUNDED", 2, T0.plusSeconds(60))))
                .isEqualTo("nothing");
    }

    @Test
    void staffAndAMovedDeadlineShowInAWaitingStage() {
        Mark created = mark("after_sale.created", "WAITING_MERCHANT", 1, T0);

        assertThat(missed(new RefundState("WAITING_MERCHANT", 1, T0.plusSeconds(60), 3), created))
                .isEqualTo("after_sale.intervened");
        assertThat(missed(new RefundState("WAITING_MERCHANT", 1, T0.plusSeconds(60), 1), created))
                .as("a later update at the same version: the deadline moved").isEqualTo("after_sale.deadline_changed");
    }

    @Test
    void statesNothingPushesAreNeverMissing() {
        Mark created = mark("after_sale.created", "WAITING_MERCHANT", 1, T0);
        assertThat(missed(new RefundState("MERCHANT_REFUSED", 2, T0.plusSeconds(60), 1), created)).isEqualTo("nothing");
        assertThat(missed(new RefundState("WAITING_BUYER_RETURN", 2, T0.plusSeconds(60), 1), created))
                .isEqualTo("nothing");
    }
}
