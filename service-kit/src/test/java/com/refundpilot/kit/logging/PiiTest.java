package com.refundpilot.kit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class PiiTest {

    @Test
    void mobileNumbersKeepOnlyTheirEnds() {
        assertThat(Pii.mask("buyer 13812345678 called")).isEqualTo("buyer 138****5678 called");
        assertThat(Pii.mask("tel:+86 15900001111.")).isEqualTo("tel:+86 159****1111.");
    }

    @Test
    void longerDigitRunsAreNotMistakenForPhones() {
        assertThat(Pii.mask("order 2026111113812345678")).isEqualTo("order 2026111113812345678");
        assertThat(Pii.mask("amount 59900")).isEqualTo("amount 59900");
    }

    @Test
    void streetAddressesAreCutAfterTheirFirstCharacters() {
        String masked = Pii.mask("ship to 浙江省杭州市西湖区文三路90号5栋301室, ok");
        assertThat(masked).doesNotContain("文三路").doesNotContain("301").contains(", ok");
    }

    @Test
    void theLogbackConverterMasksTheFormattedMessage() {
        var converter = new MaskingMessageConverter();
        var event = new LoggingEvent("x", new LoggerContext().getLogger("test"), Level.INFO,
                "buyer {} wrote", null, new Object[] {"13812345678"});
        assertThat(converter.convert(event)).isEqualTo("buyer 138****5678 wrote");
    }
}
