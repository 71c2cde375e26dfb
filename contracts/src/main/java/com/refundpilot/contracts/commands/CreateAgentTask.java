package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import java.time.Instant;

/** Put a case in front of a person, with the deadline by which they must act. {@code taskId} is stable. */
public record CreateAgentTask(OrderRef order, String caseId, String taskId, String ruleId, TaskPriority priority,
        Instant dueAt, String summary) implements Command, CaseMessage {

    public CreateAgentTask {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(taskId, "taskId");
        Require.text(ruleId, "ruleId");
        Require.present(priority, "priority");
        Require.present(dueAt, "dueAt");
        Require.text(summary, "summary");
    }
}
