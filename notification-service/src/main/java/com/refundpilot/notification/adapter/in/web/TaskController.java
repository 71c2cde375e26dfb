package com.refundpilot.notification.adapter.in.web;

import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.notification.application.AgentActions;
import com.refundpilot.notification.domain.AgentAction;
import com.refundpilot.notification.domain.InvalidAgentActionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import com.refundpilot.notification.application.AgentTaskQueries;
import com.refundpilot.notification.application.AgentTaskView;
import com.refundpilot.notification.domain.TaskStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The desk's task queue: TOP before HIGH before NORMAL, then the nearest deadline; and a person's decision on
 * a task ({@code POST /api/tasks/{taskId}/actions}), which flows back to refund-service as a command.
 */
@RestController
@RequestMapping("/api/tasks")
public class TaskController {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;

    /**
     * A person's decision: {@code action} APPROVE | REFUSE | NEGOTIATE, {@code amountFen} (fen; optional for
     * APPROVE, required and &gt; 0 for NEGOTIATE, absent for REFUSE), an optional {@code note} and {@code agent}.
     * The amount is read as a JSON node so that "abc" is answered naming the field, like every other mistake.
     */
    public record TaskAction(String action, JsonNode amountFen, String note, String agent) {
    }

    private final AgentTaskQueries queries;
    private final AgentActions actions;

    public TaskController(AgentTaskQueries queries, AgentActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @PostMapping("/{taskId}/actions")
    public AgentTaskView act(@PathVariable String taskId, @RequestBody TaskAction body) {
        if (body.action() == null || body.action().isBlank()) {
            throw Problems.badRequest("action", "action is required: one of " + Arrays.toString(AgentDecision.values()));
        }
        AgentDecision decision;
        try {
            decision = AgentDecision.valueOf(body.action().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("action", "action must be one of " + Arrays.toString(AgentDecision.values())
                    + ", was '" + body.action() + "'");
        }
        String agent = body.agent() == null || body.agent().isBlank() ? "desk" : body.agent().strip();
        AgentAction action;
        try {
            action = AgentAction.of(decision, amountOf(body.amountFen()), body.note());
        } catch (InvalidAgentActionException e) {
            throw Problems.badRequest(e.field(), e.getMessage());
        }
        return actions.act(taskId, action, agent);
    }

    private static Long amountOf(JsonNode amount) {
        if (amount == null || amount.isNull()) {
            return null;
        }
        if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
            throw Problems.badRequest("amountFen", "amountFen must be a whole number of fen, was " + amount);
        }
        return amount.longValue();
    }

    /** Tasks, optionally narrowed to a case, a status and a shop; at most {@code limit} (default 200). */
    @GetMapping
    public List<AgentTaskView> search(@RequestParam(required = false) String caseId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String shopId,
            @RequestParam(required = false) String limit) {
        return queries.search(QueryParams.blankToNull(caseId), statusOf(status), QueryParams.blankToNull(shopId),
                QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }

    /** One task by its ID (the requester's, e.g. {@code TAOBAO:shop-1:R1:DL-2}). */
    @GetMapping("/{taskId}")
    public AgentTaskView byId(@PathVariable String taskId) {
        return queries.byId(taskId).orElseThrow(() -> Problems.notFound("no task " + taskId));
    }

    private static TaskStatus statusOf(String status) {
        return status == null || status.isBlank() ? null : QueryParams.enumOf(TaskStatus.class, "status", status);
    }
}
