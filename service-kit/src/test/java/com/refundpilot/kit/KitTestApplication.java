package com.refundpilot.kit;

import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.kit.outbox.OutboxDocument;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.annotation.KafkaListener;

/** A minimal service built on the kit, for the kit's own integration tests. */
@SpringBootApplication
public class KitTestApplication {

    /** An aggregate: a tally whose changes are announced through its outbox. */
    @Document("tallies")
    public static class TallyDocument extends OutboxDocument {
        private int count;

        public TallyDocument() {
        }

        public TallyDocument(String id) {
            super(id);
        }

        public int getCount() {
            return count;
        }

        public void increment() {
            count++;
        }
    }

    /** Consumes notification.commands like a real service: decode, then apply. */
    public static class RecordingListener {
        public final List<Envelope> applied = new CopyOnWriteArrayList<>();
        private final Inbound inbound;

        RecordingListener(Inbound inbound) {
            this.inbound = inbound;
        }

        @KafkaListener(topics = Topics.NOTIFICATION_COMMANDS)
        void on(ConsumerRecord<String, String> record) {
            applied.add(inbound.decode(record));
        }
    }

    @Bean
    RecordingListener recordingListener(Inbound inbound) {
        return new RecordingListener(inbound);
    }
}
