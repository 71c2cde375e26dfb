package com.refundpilot.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.MessageDecodingException;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final OrderRef order = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");

    private RefundRequested request() {
        return new RefundRequested(order, "R1", RefundType.REFUND_ONLY, RefundReason.NOT_WANTED, "不想要了", 59900,
                1, 59900, 1, "SKU", NOW, NOW.plusSeconds(3600), 1);
    }

    @Test
    void envelopeCarriesLogicalTypeOrderKeyAndCaseSubject() {
        Envelope envelope = Envelope.first(request(), "platform-adapter", NOW);

        assertThat(envelope.type()).isEqualTo("refund.requested");
        assertThat(envelope.partitionKey()).isEqualTo("TAOBAO:shop-1:T1001");
        assertThat(envelope.subject()).isEqualTo("TAOBAO:shop-1:R1");
        assertThat(envelope.topic()).isEqualTo(Topics.PLATFORM_REFUND_EVENTS);
        assertThat(envelope.correlationId()).isEqualTo(envelope.id());
        assertThat(codec.encode(envelope)).doesNotContain("com.refundpilot");
    }

    @Test
    void causedByKeepsCorrelationAndPointsAtCause() {
        Envelope first = Envelope.first(request(), "platform-adapter", NOW);
        Envelope next = Envelope.causedBy(first, request(), "refund-service", NOW);

        assertThat(next.correlationId()).isEqualTo(first.id());
        assertThat(next.causationId()).isEqualTo(first.id());
        assertThat(next.id()).isNotEqualTo(first.id());
    }

    @Test
    void naturalIdsAreStableSoRepeatsCanBeDropped() {
        Envelope a = Envelope.withNaturalId("TAOBAO:msg-1", request(), "platform-adapter", NOW, null);
        Envelope b = Envelope.withNaturalId("TAOBAO:msg-1", request(), "platform-adapter", NOW, null);
        Envelope c = Envelope.withNaturalId("TAOBAO:msg-2", request(), "platform-adapter", NOW, null);

        assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id());
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddFields() {
        String json = codec.encode(Envelope.first(request(), "platform-adapter", NOW))
                .replace("\"refundId\":\"R1\"", "\"refundId\":\"R1\",\"addedLater\":42");

        assertThat(((RefundRequested) codec.decode(json).data()).refundId()).isEqualTo("R1");
    }

    @Test
    void malformedJsonIsRejectedWithReason() {
        assertThatThrownBy(() -> codec.decode("{not json"))
                .isInstanceOf(MessageDecodingException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void unknownTypeIsRejectedWithItsName() {
        String json = codec.encode(Envelope.first(request(), "platform-adapter", NOW))
                .replace("refund.requested", "refund.exploded");

        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(MessageDecodingException.class).hasMessageContaining("refund.exploded");
    }

    @Test
    void missingRequiredDataFieldIsRejectedNamingTheField() {
        String json = codec.encode(Envelope.first(request(), "platform-adapter", NOW))
                .replace("\"refundId\":\"R1\",", "");

        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(MessageDecodingException.class).hasMessageContaining("refundId");
    }

    @Test
    void negativeAmountIsRejected() {
        String json = codec.encode(Envelope.first(request(), "platform-adapter", NOW))
                .replace("\"amountFen\":59900", "\"amountFen\":-1");

        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(MessageDecodingException.class).hasMessageContaining("amountFen");
    }

    @Test
    void missingEnvelopeFieldIsRejected() {
        String json = codec.encode(Envelope.first(request(), "platform-adapter", NOW))
                .replaceFirst("\"id\":\"[^\"]+\",", "");

        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(MessageDecodingException.class).hasMessageContaining("'id'");
    }
}
