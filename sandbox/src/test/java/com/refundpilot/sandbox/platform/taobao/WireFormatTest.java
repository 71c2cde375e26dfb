package com.refundpilot.sandbox.platform.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void fenBecomeExactYuanStrings() {
        assertThat(TaobaoWire.yuan(59900)).isEqualTo("599.00");
        assertThat(TaobaoWire.yuan(1)).isEqualTo("0.01");
        assertThat(TaobaoWire.yuan(10)).isEqualTo("0.10");
        assertThat(TaobaoWire.yuan(123456789)).isEqualTo("1234567.89");
    }

    @Test
    void yuanStringsParseToExactFenOrNothing() {
        assertThat(TaobaoWire.fen("419.30")).contains(41930L);
        assertThat(TaobaoWire.fen("5")).contains(500L);
        assertThat(TaobaoWire.fen("0.5")).contains(50L);
        assertThat(TaobaoWire.fen("419.305")).isEmpty();
        assertThat(TaobaoWire.fen("-1.00")).isEmpty();
        assertThat(TaobaoWire.fen("1e3")).isEmpty();
        assertThat(TaobaoWire.fen(null)).isEmpty();
    }

    @Test
    void timesAreBeijingWallClock() {
        Instant instant = Instant.parse("2026-11-11T02:00:00Z");
        assertThat(TaobaoWire.time(instant)).isEqualTo("2026-11-11 10:00:00");
        assertThat(TaobaoWire.parseTime("2026-11-11 10:00:00")).contains(instant);
        assertThat(TaobaoWire.parseTime("2026-11-11T10:00:00")).isEmpty();
    }

    @Test
    void webhookSignatureIsHmacSha256OverTimestampNewlineBody() {
        // printf '1762826400000\n{"topic":"t"}' | openssl dgst -sha256 -hmac sandbox-secret -binary | base64
        String signature = WebhookSigner.sign("sandbox-secret", "1762826400000",
                "{\"topic\":\"t\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("ZZP7p9/oIRXsr8rWW+HI/kGEQASGyrZsPFOeBxPmEIM=");
    }
}
