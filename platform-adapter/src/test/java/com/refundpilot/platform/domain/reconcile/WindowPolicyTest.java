package com.refundpilot.platform.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:30.750Z");
    private final WindowPolicy taobao = new WindowPolicy(Duration.ofMinutes(10), Duration.ofMinutes(1),
            Duration.ofDays(1), Duration.ofHours(1), 4);

    private static Instant at(String time) {
        return Instant.parse("2026-11-11T" + time + "Z");
    }

    @Test
    void theFirstRunLooksBackFromNowLessTheSettleDelayInWholeSeconds() {
        assertThat(taobao.windows(null, NOW)).containsExactly(new SweepWindow(at("00:59:30"), at("01:59:30")));
    }

    @Test
    void aLaterRunStartsTheOverlapBeforeWhereTheLastOneEnded() {
        assertThat(taobao.windows(at("01:45:00"), NOW)).containsExactly(new SweepWindow(at("01:35:00"), at("01:59:30")));
    }

    @Test
    void aRunRightAfterTheLastOneListsTheOverlapAgain() {
        assertThat(taobao.windows(at("01:59:30"), NOW)).containsExactly(new SweepWindow(at("01:49:30"), at("01:59:30")));
    }

    @Test
    void changesYoungerThanTheSettleDelayAreLeftToTheirWebhook() {
        WindowPolicy noOverlap = new WindowPolicy(Duration.ZERO, Duration.ofMinutes(1), Duration.ofDays(1),
                Duration.ofHours(1), 4);
        assertThat(noOverlap.windows(at("01:59:30"), NOW)).isEmpty();
        assertThat(noOverlap.windows(at("01:59:30"), NOW.plusSeconds(1)))
                .containsExactly(new SweepWindow(at("01:59:30"), at("01:59:31")));
    }

    @Test
    void aSpanLongerThanThePlatformTakesIsCutIntoConsecutiveWindowsAndTheRestWaits() {
        WindowPolicy pdd = new WindowPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(30),
                Duration.ofHours(1), 3);
        List<SweepWindow> windows = pdd.windows(at("00:05:00"), NOW);
        assertThat(windows).containsExactly(
                new SweepWindow(at("00:00:00"), at("00:30:00")),
                new SweepWindow(at("00:30:00"), at("01:00:00")),
                new SweepWindow(at("01:00:00"), at("01:30:00")));
        // the cursor then stands at 01:30: the next run goes on from there
        assertThat(pdd.windows(at("01:30:00"), NOW)).containsExactly(new SweepWindow(at("01:25:00"), at("01:55:00")),
                new SweepWindow(at("01:55:00"), at("01:59:30")));
    }

    @Test
    void aCursorAheadOfTheClockMeansTheClockWasSetBackAndTheRunStartsAfresh() {
        Instant ahead = at("05:00:00");
        assertThat(taobao.clockWentBack(ahead, NOW)).isTrue();
        assertThat(taobao.clockWentBack(at("01:00:00"), NOW)).isFalse();
        assertThat(taobao.windows(ahead, NOW)).containsExactly(new SweepWindow(at("00:59:30"), at("01:59:30")));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new WindowPolicy(Duration.ofMinutes(-1), Duration.ZERO, Duration.ofHours(1),
                Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowPolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SweepWindow(at("01:00:00"), at("00:59:59")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
