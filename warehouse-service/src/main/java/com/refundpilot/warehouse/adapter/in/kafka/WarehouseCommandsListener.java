package com.refundpilot.warehouse.adapter.in.kafka;

import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.ExpectReturn;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.warehouse.application.FulfilmentService;
import com.refundpilot.warehouse.application.ReturnsService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What refund-service asks of the warehouse. Undecodable records go to the dead-letter topic (kit). */
@Component
public class WarehouseCommandsListener {

    private final Inbound inbound;
    private final FulfilmentService fulfilment;
    private final ReturnsService returns;

    public WarehouseCommandsListener(Inbound inbound, FulfilmentService fulfilment, ReturnsService returns) {
        this.inbound = inbound;
        this.fulfilment = fulfilment;
        this.returns = returns;
    }

    @KafkaListener(topics = Topics.WAREHOUSE_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
        if (envelope.data() instanceof CheckFulfilment check) {
            fulfilment.check(envelope, check);
        } else if (envelope.data() instanceof StopFulfilment stop) {
            fulfilment.stop(envelope, stop);
        } else if (envelope.data() instanceof ShipReplacement replacement) {
            fulfilment.shipReplacement(envelope, replacement);
        } else if (envelope.data() instanceof ExpectReturn expected) {
            returns.expect(envelope, expected);
        }
        // a type added to the topic later is not this version's business
    }
}
