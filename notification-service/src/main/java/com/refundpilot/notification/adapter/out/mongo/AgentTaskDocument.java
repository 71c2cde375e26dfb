package com.refundpilot.notification.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.notification.domain.AgentAction;
import com.refundpilot.notification.domain.AgentTask;
import com.refundpilot.notification.domain.TaskResolution;
import com.refundpilot.notification.domain.TaskStatus;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agent task as stored, {@code _id} = taskId. Fields are flat so the list API can filter on
 * {@code caseId}, {@code status} and {@code order.shopId}, and so acting on a task later can be a
 * conditional update on {@code status}. It is an outbox document because resolving a task will emit
 * commands (agree, refuse, negotiate) in the same write.
 */
@Document("agent_tasks")
public class AgentTaskDocument extends OutboxDocument {

    static final String CASE_ID = "caseId";
    static final String STATUS = "status";
    static final String SHOP_ID = "order.shopId";

    private String caseId;
    private OrderRef order;
    private String ruleId;
    private TaskPriority priority;
    private Instant dueAt;
    private String summary;
    private Instant createdAt;
    private TaskStatus status;
    private TaskResolution resolution;
    private Instant resolvedAt;
    private String resolvedBy;
    private Long resolvedAmountFen;
    private String resolutionNote;

    AgentTaskDocument() {
    }

    public AgentTaskDocument(AgentTask task) {
        super(task.taskId());
        this.caseId = task.caseId();
        this.order = task.order();
        this.ruleId = task.ruleId();
        this.priority = task.priority();
        this.dueAt = task.dueAt();
        this.summary = task.summary();
        this.createdAt = task.createdAt();
        this.status = task.status();
        this.resolution = task.resolution();
        this.resolvedAt = task.resolvedAt();
        this.resolvedBy = task.resolvedBy();
        this.resolvedAmountFen = task.resolvedAmountFen();
        this.resolutionNote = task.resolutionNote();
    }

    /** A person's decision closes the task. */
    public void resolve(AgentAction action, String agent, Instant now) {
        status = TaskStatus.RESOLVED;
        resolution = action.resolution();
        resolvedAmountFen = action.amountFen();
        resolutionNote = action.note();
        resolvedBy = agent;
        resolvedAt = now;
    }

    /** The case closed without this task: nothing is left to decide. */
    public void cancel(Instant now) {
        status = TaskStatus.CANCELLED;
        resolvedAt = now;
    }

    public TaskStatus status() {
        return status;
    }

    public AgentTask task() {
        return new AgentTask(getId(), caseId, order, ruleId, priority, dueAt, summary, createdAt, status, resolution,
                resolvedAt, resolvedBy, resolvedAmountFen, resolutionNote);
    }
}
