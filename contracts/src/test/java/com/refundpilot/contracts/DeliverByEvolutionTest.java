package com.refundpilot.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.MessageType;
import com.refundpilot.contracts.topics.MessageTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** deliverBy is additive: a command written before it still reads, and every platform action sample shows it. */
class DeliverByEvolutionTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void anAgreeWrittenBeforeDeliverByReadsWithNoBound() throws IOException {
        String sample = sample("platform.agree-refund");
        String older = sample.replace(",\n    \"deliverBy\" : \"2026-11-13T02:00:00Z\"", "");
        assertThat(older).doesNotContain("deliverBy");

        var current = (AgreeRefund) codec.decode(sample).data();
        var old = (AgreeRefund) codec.decode(older).data();

        assertThat(current.deliverBy()).isEqualTo(Instant.parse("2026-11-13T02:00:00Z"));
        assertThat(old.deliverBy()).isNull();
        assertThat(old).isEqualTo(new AgreeRefund(current.order(), current.caseId(), current.refundId(),
                current.amountFen(), current.partial(), current.platformVersion(), current.actionKey(),
                current.ruleId()));
        assertThat(codec.encode(codec.decode(older))).doesNotContain("deliverBy");
    }

    @Test
    void everyBoundedCommandSampleCarriesItsDeliverBy() throws IOException {
        int bounded = 0;
        for (MessageType type : MessageTypes.all()) {
            if (DeliveryDeadline.class.isAssignableFrom(type.javaType())) {
                Envelope envelope = codec.decode(sample(type.name()));
                assertThat(((DeliveryDeadline) envelope.data()).deliverBy()).as(type.name()).isNotNull();
                bounded++;
            }
        }
        assertThat(bounded).isEqualTo(10);
    }

    private static String sample(String typeName) throws IOException {
        try (InputStream in = DeliverByEvolutionTest.class.getResourceAsStream("/samples/" + typeName + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
