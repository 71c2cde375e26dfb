package com.refundpilot.notification.application;

import com.refundpilot.notification.adapter.out.mongo.AgentTaskDocument;
import com.refundpilot.notification.adapter.out.mongo.NotificationRepository;
import com.refundpilot.notification.domain.AgentTask;
import com.refundpilot.notification.domain.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads agent tasks for the desk: in queue order (priority, then nearest deadline), with their risk now. */
@Service
public class AgentTaskQueries {

    private final NotificationRepository repository;
    private final TaskProperties properties;
    private final Clock clock;

    public AgentTaskQueries(NotificationRepository repository, TaskProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<AgentTaskView> byId(String taskId) {
        Instant now = clock.instant();
        return repository.findTask(taskId).map(d -> AgentTaskView.of(d.task(), now, properties.escalationMargin()));
    }

    /** Tasks matching every given filter (null = any), the first {@code limit} in queue order. */
    public List<AgentTaskView> search(String caseId, TaskStatus status, String shopId, int limit) {
        Instant now = clock.instant();
        return repository.findTasks(caseId, status, shopId).stream()
                .map(AgentTaskDocument::task)
                .sorted(AgentTask.QUEUE_ORDER)
                .limit(limit)
                .map(task -> AgentTaskView.of(task, now, properties.escalationMargin()))
                .toList();
    }
}
