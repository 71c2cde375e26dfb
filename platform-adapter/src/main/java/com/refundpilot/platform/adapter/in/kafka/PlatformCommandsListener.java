package com.refundpilot.platform.adapter.in.kafka;

import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.platform.application.PlatformCommands;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Merchant actions to deliver to the platforms. */
@Component
public class PlatformCommandsListener {

    private final Inbound inbound;
    private final PlatformCommands commands;

    public PlatformCommandsListener(Inbound inbound, PlatformCommands commands) {
        this.inbound = inbound;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.PLATFORM_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        commands.handle(inbound.decode(record));
    }
}
