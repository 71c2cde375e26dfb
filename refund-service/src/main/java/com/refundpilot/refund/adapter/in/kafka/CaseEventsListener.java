package com.refundpilot.refund.adapter.in.kafka;

import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.refund.application.CaseService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Everything that can move a case: platform requests and results, the warehouse, the courier, a person. */
@Component
public class CaseEventsListener {

    private final Inbound inbound;
    private final CaseService cases;

    public CaseEventsListener(Inbound inbound, CaseService cases) {
        this.inbound = inbound;
        this.cases = cases;
    }

    @KafkaListener(topics = {Topics.PLATFORM_REFUND_EVENTS, Topics.PLATFORM_ACTION_RESULTS, Topics.WAREHOUSE_EVENTS,
            Topics.LOGISTICS_EVENTS, Topics.REFUND_COMMANDS})
    void on(ConsumerRecord<String, String> record) {
        cases.handle(inbound.decode(record));
    }
}
