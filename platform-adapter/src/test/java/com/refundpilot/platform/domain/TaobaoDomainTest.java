package com.refundpilot.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.domain.taobao.TaobaoFacts;
import com.refundpilot.platform.domain.taobao.TaobaoPush;
import com.refundpilot.platform.domain.taobao.TaobaoReasons;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import com.refundpilot.platform.domain.taobao.TaobaoRefundNormalizer;
import com.refundpilot.platform.domain.taobao.TaobaoWire;
import com.refundpilot.platform.domain.taobao.TopSignature;
import com.refundpilot.platform.domain.taobao.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaobaoDomainTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

    private static TaobaoRefund refund(String status, String billType, boolean reship, boolean timeoutExists) {
        return new TaobaoRefund("R1", "T1001", status, billType, reship, "599.00", "599.00", 1, 1, "SKU", "拍错/多拍",
                "shop-1", "2026-11-11 10:00:00", "2026-11-11 10:00:00", 1, timeoutExists, "2026-11-14 10:00:00");
    }

    private static Optional<Object> normalize(TaobaoRefundNormalizer normalizer, String topic, TaobaoRefund refund) {
        var push = new TaobaoPush(topic, "m1", refund.refundId(), null, refund.tid(), refund.sellerNick(), null, null,
                null);
        return normalizer.normalize(push, TaobaoFacts.of(refund), Platform.TAOBAO, NOW).events().stream()
                .map(Object.class::cast).findFirst();
    }

    @Test
    void moneyIsExactFenAndNeverRounded() {
        assertThat(TaobaoWire.fen("599.00")).isEqualTo(59900);
        assertThat(TaobaoWire.fen("0.01")).isEqualTo(1);
        assertThat(TaobaoWire.yuan(59900)).isEqualTo("599.00");
        assertThatThrownBy(() -> TaobaoWire.fen("1.005")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void wireTimesAreShanghaiLocal() {
        assertThat(TaobaoWire.instant("2026-11-11 10:00:00")).isEqualTo(NOW);
        assertThat(TaobaoWire.time(NOW)).isEqualTo("2026-11-11 10:00:00");
    }

    @Test
    void reasonsNormalizeAndUnknownTextIsOther() {
        assertThat(TaobaoReasons.normalize("拍错/多拍")).isEqualTo(RefundReason.ORDERED_BY_MISTAKE);
        assertThat(TaobaoReasons.normalize("收到商品与描述不符")).isEqualTo(RefundReason.NOT_AS_DESCRIBED);
        assertThat(TaobaoReasons.normalize("未按约定时间发货")).isEqualTo(RefundReason.LATE_SHIPMENT);
        assertThat(TaobaoReasons.normalize("火星来的理由")).isEqualTo(RefundReason.OTHER);
        assertThat(TaobaoReasons.normalize(null)).isEqualTo(RefundReason.OTHER);
    }

    @Test
    void createdRefundBecomesRefundRequestedWithThePlatformDeadline() {
        var normalizer = new TaobaoRefundNormalizer(Duration.ofHours(72), Set.of(PlatformAction.REFUSE));
        var event = (RefundRequested) normalize(normalizer, "taobao_refund_RefundCreated",
                refund("WAIT_SELLER_AGREE", "refund_bill", false, true)).orElseThrow();

        assertThat(event.amountFen()).isEqualTo(59900);
        assertThat(event.reason()).isEqualTo(RefundReason.ORDERED_BY_MISTAKE);
        assertThat(event.type()).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(event.deadline()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(event.order().shopId()).isEqualTo("shop-1");
        assertThat(event.caseId()).isEqualTo("TAOBAO:shop-1:R1");
        assertThat(event.capabilities()).containsExactly(PlatformAction.REFUSE);
    }

    @Test
    void withoutAPlatformDeadlineThePerPlatformDefaultApplies() {
        var normalizer = new TaobaoRefundNormalizer(Duration.ofHours(48), null);
        var event = (RefundRequested) normalize(normalizer, "taobao_refund_RefundCreated",
                refund("WAIT_SELLER_AGREE", "return_bill", false, false)).orElseThrow();

        assertThat(event.deadline()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(event.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
    }

    @Test
    void successAndCloseBecomeSettlements() {
        var normalizer = new TaobaoRefundNormalizer(Duration.ofHours(72), null);
        var success = (PlatformRefundSettled) normalize(normalizer, "taobao_refund_RefundSuccess",
                refund("SUCCESS", "refund_bill", false, false)).orElseThrow();
        var closed = (PlatformRefundSettled) normalize(normalizer, "taobao_refund_RefundClosed",
                refund("CLOSED", "refund_bill", false, false)).orElseThrow();

        assertThat(success.settlement()).isEqualTo(PlatformRefundSettled.Settlement.REFUNDED);
        assertThat(success.refundedFen()).isEqualTo(59900);
        assertThat(closed.settlement()).isEqualTo(PlatformRefundSettled.Settlement.CLOSED);
        assertThat(normalize(normalizer, "taobao_refund_RefundBlockMessage",
                refund("WAIT_SELLER_AGREE", "refund_bill", false, true))).isEmpty();
    }

    @Test
    void topSignatureSortsKeysAndSkipsEmptyValues() {
        // computed outside Java: echo -n 'sa1b2s' | md5sum
        assertThat(TopSignature.sign(Map.of("b", "2", "a", "1", "empty", "", "sign", "ignored"), "s"))
                .isEqualTo("5EE29085AF57D942F21F1C5BA3C2A90A");
        assertThat(TopSignature.sign(Map.of("a", "1"), "s")).isNotEqualTo(TopSignature.sign(Map.of("a", "2"), "s"));
    }

    @Test
    void webhookSignatureCoversTimestampAndRawBytes() {
        var signature = new WebhookSignature("secret", Duration.ofMinutes(5));
        byte[] body = "{\"topic\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW.toEpochMilli());
        String sign = signature.sign(ts, body);

        assertThat(signature.verify(ts, sign, body, NOW)).isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(signature.verify(ts, sign, "{\"topic\":\"y\"}".getBytes(StandardCharsets.UTF_8), NOW))
                .isEqualTo(WebhookSignature.Verdict.BAD_SIGNATURE);
        assertThat(new WebhookSignature("other", Duration.ofMinutes(5)).verify(ts, sign, body, NOW))
                .isEqualTo(WebhookSignature.Verdict.BAD_SIGNATURE);
        assertThat(signature.verify(ts, sign, body, NOW.plus(Duration.ofMinutes(6))))
                .isEqualTo(WebhookSignature.Verdict.EXPIRED);
        assertThat(signature.verify(null, sign, body, NOW)).isEqualTo(WebhookSignature.Verdict.MISSING_TIMESTAMP);
        assertThat(signature.verify("yesterday", sign, body, NOW)).isEqualTo(WebhookSignature.Verdict.BAD_TIMESTAMP);
    }
}
