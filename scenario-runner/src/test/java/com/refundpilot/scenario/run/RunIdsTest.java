package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunIdsTest {

    @Test
    void suffixesIdsWithTheTokenAndMapsThemBack() {
        RunIds ids = new RunIds("ab12cd");

        assertThat(ids.of("shop-1")).isEqualTo("shop-1-ab12cd");
        assertThat(ids.of("T1001")).isEqualTo("T1001-ab12cd");
        assertThat(ids.of(null)).isNull();
        assertThat(ids.original("T1001-ab12cd")).isEqualTo("T1001");
        assertThat(ids.original("no case TAOBAO:shop-1-ab12cd:R1-ab12cd (order T1001-ab12cd)"))
                .isEqualTo("no case TAOBAO:shop-1:R1 (order T1001)");
        assertThat(ids.original("nothing to map")).isEqualTo("nothing to map");
    }

    @Test
    void anotherRunsIdsAreLeftAlone() {
        assertThat(new RunIds("aaaa11").original("R1-bbbb22")).isEqualTo("R1-bbbb22");
    }

    @Test
    void everyRunGetsItsOwnToken() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(RunIds.fresh().token()));

        assertThat(tokens).hasSize(1000).allSatisfy(t -> assertThat(t).matches("[0-9a-f]{10}"));
    }

    @Test
    void aTokenIsPlainLettersAndDigits() {
        assertThatThrownBy(() -> new RunIds("a-b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunIds("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
