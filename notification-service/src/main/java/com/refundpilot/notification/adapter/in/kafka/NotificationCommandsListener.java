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
import com.refundpilot.notification.application.report.ReportService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * notification.commands: buyer messages and agent tasks; refund.case-events: closed cases cancel their open tasks,
 * and every case event feeds the daily report. One listener per topic: a second listener of the same group
 * on the same topic would take half of its partitions. Undecodable or unrenderable records go to the DLT.
 */
@Component
public class NotificationCommandsListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationCommandsListener.class);

    private final Inbound inbound;
    private final BuyerMessageService messages;
    private final AgentTaskService tasks;
    private final AgentActions agentActions;
    private final ReportService reports;

    public NotificationCommandsListener(Inbound inbound, BuyerMessageService messages, AgentTaskService tasks,
            AgentActions agentActions, ReportService reports) {
        this.inbound = inbound;
        this.messages = messages;
        this.tasks = tasks;
        this.agentActions = agentActions;
        this.reports = reports;
    }

    /** A closed case's open tasks are cancelled: nobody should act on a decided case. Then the report counts it. */
    @KafkaListener(topics = Topics.REFUND_CASE_EVENTS)
    void onCaseEvent(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
        if (envelope.data() instanceof CaseClosed closed) {
            agentActions.caseClosed(envelope, closed.caseId());
        }
        reports.on(envelope);
    }

    /** Intercepts, their outcomes in the tracking, and claims: for the daily report only. */
    @KafkaListener(topics = Topics.LOGISTICS_EVENTS)
    void onLogisticsEvent(ConsumerRecord<String, String> record) {
        reports.on(inbound.decode(record));
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
