package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * A person acted on an agent task: refund-service carries the decision out under its guards (G-1, G-4).
 * {@code amountFen} is the amount approved or proposed; 0 means "as requested".
 */
public record ResolveCase(OrderRef order, String caseId, String taskId, AgentDecision decision, long amountFen,
        String agent) implements Command, CaseMessage {

    public ResolveCase {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(taskId, "taskId");
        Require.present(decision, "decision");
        Require.nonNegative(amountFen, "amountFen");
        Require.text(agent, "agent");
    }
}
