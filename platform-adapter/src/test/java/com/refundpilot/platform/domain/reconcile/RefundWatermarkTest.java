package com.refundpilot.platform.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefundWatermarkTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");

    private static RefundState v(long version, long seconds) {
        return new RefundState("WAIT_SELLER_AGREE", version, T0.plusSeconds(seconds), 1);
    }

    private static Mark mark(String topic, RefundState state, String id) {
        return new Mark(topic, state, id, T0);
    }

    @Test
    void eachKindOfChangeIsToldByTheReadingsThatCoverIt() {
        assertThat(ChangeKind.ONCE.covers(v(1, 0), v(5, 99))).isTrue();
        assertThat(ChangeKind.PER_VERSION.covers(v(2, 0), v(2, 99))).as("same version, later deadline move").isTrue();
        assertThat(ChangeKind.PER_VERSION.covers(v(2, 99), v(3, 0))).isFalse();
        assertThat(ChangeKind.PER_MODIFICATION.covers(v(2, 10), v(2, 20))).isFalse();
        assertThat(ChangeKind.PER_MODIFICATION.covers(v(3, 0), v(2, 20))).as("a later version").isTrue();
    }

    @Test
    void aMarkReadBeforeANewerOneOfItsTopicDoesNotReplaceIt() {
        RefundWatermark watermark = new RefundWatermark(java.util.List.of(mark("modify", v(3, 30), "newer")));

        RefundWatermark after = watermark.with(mark("modify", v(2, 10), "older"), m -> true);
        assertThat(after.of("modify").orElseThrow().messageId()).isEqualTo("newer");
        RefundWatermark replaced = watermark.with(mark("modify", v(2, 10), "older"), m -> false);
        assertThat(replaced.of("modify").orElseThrow().messageId()).as("the newer one no longer counts")
                .isEqualTo("older");
        assertThat(replaced.marks()).hasSize(1);
    }

    @Test
    void coveringLooksOnlyAtTheGivenTopicsAndValidMarks() {
        RefundWatermark watermark = new RefundWatermark(java.util.List.of(mark("created", v(1, 0), "a"),
                mark("modify", v(2, 5), "b")));

        assertThat(watermark.covering(Set.of("modify"), ChangeKind.PER_VERSION, v(2, 5), m -> true))
                .map(Mark::messageId).contains("b");
        assertThat(watermark.covering(Set.of("created"), ChangeKind.PER_VERSION, v(2, 5), m -> true)).isEmpty();
        assertThat(watermark.covering(Set.of("modify"), ChangeKind.PER_VERSION, v(2, 5), m -> false)).isEmpty();
        assertThat(watermark.anyAtLeast(v(2, 5), m -> true)).map(Mark::messageId).contains("b");
        assertThat(watermark.anyAtLeast(v(2, 6), m -> true)).isEmpty();
    }
}
