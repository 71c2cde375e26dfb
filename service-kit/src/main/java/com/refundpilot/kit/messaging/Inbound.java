package com.refundpilot.kit.messaging;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.envelope.Envelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Decodes consumed records; a record that cannot be decoded throws and is dead-lettered. */
public class Inbound {

    private final EnvelopeCodec codec;

    public Inbound(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public Envelope decode(ConsumerRecord<String, String> record) {
        return codec.decode(record.value());
    }
}
