package com.refundpilot.notification.adapter.in.kafka;

import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.notification.application.AgentActions;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.notification.application.AgentTaskService;
import com.refundpilot.notification.application.BuyerMessageService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * notification.commands: buyer messages and agent tasks; refund.case-events: closed cases cancel their open tasks.
 * Undecodable or unrenderable records go to the DLT.
 */
@Component
public class NotificationCommandsListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationCommandsListener.class);

    private final Inbound inbound;
    private final BuyerMessageService messages;
    private final AgentTaskService tasks;
    private final AgentActions agentActions;

    public NotificationCommandsListener(Inbound inbound, BuyerMessageService messages, AgentTaskService tasks,
            AgentActions agentActions) {
        this.inbound = inbound;
        this.messages = messages;
        this.tasks = tasks;
        this.agentActions = agentActions;
    }

    /** A closed case's open tasks are cancelled: nobody should act on a decided case. */
    @KafkaListener(topics = Topics.REFUND_CASE_EVENTS)
    void onCaseEvent(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
        if (envelope.data() instanceof CaseClosed closed) {
            agentActions.caseClosed(envelope, closed.caseId());
        }
    }

    @KafkaListener(topics = Topics.NOTIFICATION_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
        if (envelope.data() instanceof NotifyBuyer notify) {
            messages.handle(envelope, notify);
        } else if (envelope.data() instanceof CreateAgentTask task) {
            tasks.handle(envelope, task);
        } else {
            // A type added to the topic later (schema evolution is additive): not ours to act on.
            log.debug("{} {} ignored", envelope.type(), envelope.id());
        }
    }
}
