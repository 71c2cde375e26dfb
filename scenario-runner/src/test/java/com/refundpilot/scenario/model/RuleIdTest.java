package com.refundpilot.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"NS-1", "NS-CUTOFF", "NS-RETAIN", "RS-10", "G-3", "DL-2", "RR-17", "EX-1", "RE-2", "CL",
            "CP-1", "RP-3", "WA-1"})
    void specRuleIdsRoundTrip(String text) {
        assertThat(RuleId.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX-1", "NX-2", "ns-1", "RS-", "RS-0", "RS-01", "RS 2", "-1", ""})
    void otherTextIsRejected(String text) {
        assertThatThrownBy(() -> RuleId.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX-1", "NX"})
    void unknownFamilyIsNamed(String text) {
        assertThatThrownBy(() -> RuleId.parse(text)).hasMessageStartingWith("unknown rule family");
    }
}
