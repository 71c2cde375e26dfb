package com.refundpilot.notification.domain;

import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A case put in front of a person, with the deadline by which they must act (DL-2, CP-3, escalations).
 * Identified by the {@code taskId} the requester chose, so asking twice for the same task yields one task.
 * The resolution fields stay empty while it is open; {@code resolvedAmountFen} is the amount approved (0 = as
 * requested) or proposed, {@code resolutionNote} the agent's note, if any.
 */
public record AgentTask(String taskId, String caseId, OrderRef order, String ruleId, TaskPriority priority,
        Instant dueAt, String summary, Instant createdAt, TaskStatus status, TaskResolution resolution,
        Instant resolvedAt, String resolvedBy, Long resolvedAmountFen, String resolutionNote) {

    /** The desk's queue order: TOP before HIGH before NORMAL, then the nearest deadline first. */
    public static final Comparator<AgentTask> QUEUE_ORDER = Comparator.comparing(AgentTask::priority)
            .thenComparing(AgentTask::dueAt)
            .thenComparing(AgentTask::taskId);

    public AgentTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
    }

    public static AgentTask open(CreateAgentTask command, Instant now) {
        return new AgentTask(command.taskId(), command.caseId(), command.order(), command.ruleId(),
                command.priority(), command.dueAt(), command.summary(), now, TaskStatus.OPEN, null, null, null, null,
                null);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    /**
     * Still open and its deadline is less than {@code margin} away (or already past): the desk must act now
     * or the platform decides for the merchant.
     */
    public boolean overdueRisk(Instant now, Duration margin) {
        return isOpen() && !now.isBefore(dueAt.minus(margin));
    }
}
