package com.refundpilot.notification.application;

import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.notification.domain.AgentTask;
import com.refundpilot.notification.domain.TaskResolution;
import com.refundpilot.notification.domain.TaskStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A task as the API shows it. {@code overdueRisk} is computed at read time from the clock: OPEN and due
 * within {@code refundpilot.tasks.escalation-margin}.
 */
public record AgentTaskView(
        String taskId,
        String caseId,
        OrderRef order,
        String ruleId,
        TaskPriority priority,
        Instant dueAt,
        String summary,
        TaskStatus status,
        Instant createdAt,
        boolean overdueRisk,
        TaskResolution resolution,
        Instant resolvedAt,
        String resolvedBy,
        Long resolvedAmountFen,
        String resolutionNote) {

    static AgentTaskView of(AgentTask task, Instant now, Duration escalationMargin) {
        return new AgentTaskView(task.taskId(), task.caseId(), task.order(), task.ruleId(), task.priority(),
                task.dueAt(), task.summary(), task.status(), task.createdAt(), task.overdueRisk(now, escalationMargin),
                task.resolution(), task.resolvedAt(), task.resolvedBy(), task.resolvedAmountFen(),
                task.resolutionNote());
    }
}
