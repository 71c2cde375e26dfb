package com.refundpilot.notification.application;

import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.notification.adapter.out.mongo.AgentTaskDocument;
import com.refundpilot.notification.adapter.out.mongo.NotificationRepository;
import com.refundpilot.notification.domain.AgentTask;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * CreateAgentTask → an OPEN task keyed by its {@code taskId}. A task that already exists is left exactly as
 * it is, whatever the repeat says: the requester's {@code taskId} is the identity of the task.
 */
@Service
public class AgentTaskService {

    private static final Logger log = LoggerFactory.getLogger(AgentTaskService.class);

    private final NotificationRepository repository;
    private final NotificationMetrics metrics;
    private final Clock clock;

    public AgentTaskService(NotificationRepository repository, NotificationMetrics metrics, Clock clock) {
        this.repository = repository;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void handle(Envelope envelope, CreateAgentTask command) {
        boolean created = OptimisticRetry.run(() -> {
            if (repository.findTask(command.taskId()).isPresent()) {
                return false;
            }
            var document = new AgentTaskDocument(AgentTask.open(command, clock.instant()));
            document.markProcessed(envelope.id());
            repository.save(document);
            return true;
        });
        if (created) {
            metrics.agentTaskCreated(command.ruleId(), command.priority());
            log.info("agent task {} opened ({} {}, due {})", command.taskId(), command.ruleId(), command.priority(),
                    command.dueAt());
        }
    }
}
