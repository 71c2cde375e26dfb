package com.refundpilot.notification.application;

import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.notification.adapter.out.mongo.AgentTaskDocument;
import com.refundpilot.notification.adapter.out.mongo.NotificationRepository;
import com.refundpilot.notification.domain.AgentAction;
import com.refundpilot.notification.domain.AgentTask;
import com.refundpilot.notification.domain.TaskStatus;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.stereotype.Service;

/**
 * A person acts on a task: the task is resolved and the decision goes to refund-service as a
 * {@link ResolveCase} command, in one write. Only OPEN tasks can be acted on: an unknown task is 404, a task
 * whose case closed (CANCELLED) or that someone already decided (RESOLVED) is 409 with a {@code code} saying
 * which. The agent's note stays on the task (the desk's record); the command carries decision and amount.
 */
@Service
public class AgentActions {

    public static final String CASE_CLOSED = "CASE_CLOSED";
    public static final String ALREADY_DECIDED = "ALREADY_DECIDED";

    private final NotificationRepository repository;
    private final AgentTaskQueries queries;
    private final Outgoing outgoing;
    private final Clock clock;

    public AgentActions(NotificationRepository repository, AgentTaskQueries queries, Outgoing outgoing, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public AgentTaskView act(String taskId, AgentAction action, String agent) {
        OptimisticRetry.run(() -> {
            AgentTaskDocument document = repository.findTask(taskId)
                    .orElseThrow(() -> Problems.notFound("no task " + taskId));
            if (document.status() != TaskStatus.OPEN) {
                throw notOpen(taskId, document.task());
            }
            var task = document.task();
            document.resolve(action, agent, clock.instant());
            document.enqueue(outgoing.toOutbox(Envelope.first(new ResolveCase(task.order(), task.caseId(), taskId,
                    action.decision(), action.amountFen(), agent), outgoing.source(), clock.instant())));
            repository.save(document);
        });
        return queries.byId(taskId).orElseThrow();
    }

    private static ErrorResponseException notOpen(String taskId, AgentTask task) {
        boolean closed = task.status() == TaskStatus.CANCELLED;
        String detail = closed
                ? "task " + taskId + " is CANCELLED: its case is closed, there is nothing left to decide"
                : "task " + taskId + " is RESOLVED: already decided (" + task.resolution() + " by " + task.resolvedBy()
                        + ")";
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        body.setProperty("code", closed ? CASE_CLOSED : ALREADY_DECIDED);
        return new ErrorResponseException(HttpStatus.CONFLICT, body, null);
    }

    /** The case closed (refunded, cancelled, auto-refunded): its open tasks are moot. */
    public void caseClosed(Envelope envelope, String caseId) {
        for (AgentTaskDocument document : repository.findTasks(caseId, TaskStatus.OPEN, null)) {
            OptimisticRetry.run(() -> {
                AgentTaskDocument fresh = repository.findTask(document.getId()).orElseThrow();
                if (fresh.status() == TaskStatus.OPEN) {
                    fresh.cancel(clock.instant());
                    fresh.markProcessed(envelope.id());
                    repository.save(fresh);
                }
            });
        }
    }
}
