package com.refundpilot.logistics.adapter.in.kafka;

import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.logistics.application.InterceptService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What refund-service asks of the courier side. Undecodable records go to the dead-letter topic (kit). */
@Component
public class LogisticsCommandsListener {

    private final Inbound inbound;
    private final InterceptService intercepts;

    public LogisticsCommandsListener(Inbound inbound, InterceptService intercepts) {
        this.inbound = inbound;
        this.intercepts = intercepts;
    }

    @KafkaListener(topics = Topics.LOGISTICS_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
        if (envelope.data() instanceof InterceptParcel intercept) {
            intercepts.intercept(envelope, intercept);
        }
        // later: nudge, delivery verification, signing proof, claims (scenarios.md courierActions)
    }
}
