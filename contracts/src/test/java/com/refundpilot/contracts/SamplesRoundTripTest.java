package com.refundpilot.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.MessageType;
import com.refundpilot.contracts.topics.MessageTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** contracts/ holds one sample per message type; each one is read and written back unchanged. */
class SamplesRoundTripTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    static Stream<MessageType> catalogue() {
        return MessageTypes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyTypeHasASampleThatRoundTripsUnchanged(MessageType type) throws IOException {
        String sample = readSample(type.name());

        Envelope decoded = codec.decode(sample);
        String reencoded = codec.encode(decoded);

        assertThat(decoded.type()).isEqualTo(type.name());
        assertThat(decoded.data()).isInstanceOf(type.javaType());
        assertThat(decoded.topic()).isEqualTo(type.topic());
        assertThat(codec.mapper().readTree(reencoded)).isEqualTo(codec.mapper().readTree(sample));
        assertThat(codec.decode(reencoded)).isEqualTo(decoded);
    }

    private static String readSample(String typeName) throws IOException {
        try (InputStream in = SamplesRoundTripTest.class.getResourceAsStream("/samples/" + typeName + ".json")) {
            assertThat(in).as("sample for %s", typeName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
