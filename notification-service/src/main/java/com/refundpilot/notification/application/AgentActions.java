package com.refundpilot.notification.application;

import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.notification.adapter.out.mongo.AgentTaskDocument;
import com.refundpilot.notification.adapter.out.mongo.NotificationRepository;
import com.refundpilot.notification.domain.TaskResolution;
import com.refundpilot.notification.domain.TaskStatus;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A person acts on a task: the task is resolved and the decision goes to refund-service as a
 * {@link ResolveCase} command, in one write. Only OPEN tasks can be acted on; a task whose case closed was
 * cancelled. Refusing and negotiating need platform actions that do not exist yet and are refused with 422.
 */
@Service
public class AgentActions {

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

    public AgentTaskView act(String taskId, AgentDecision decision, long amountFen, String agent) {
        if (decision != AgentDecision.APPROVE) {
            throw Problems.unprocessable("action", decision + " cannot be carried out on the platform yet: approve, "
                    + "or handle it on the platform's own desk");
        }
        if (amountFen < 0) {
            throw Problems.badRequest("amountFen", "amountFen must not be negative, was " + amountFen);
        }
        OptimisticRetry.run(() -> {
            AgentTaskDocument document = repository.findTask(taskId)
                    .orElseThrow(() -> Problems.notFound("no task " + taskId));
            if (document.status() != TaskStatus.OPEN) {
                throw Problems.conflict("task " + taskId + " is " + document.status()
                        + (document.status() == TaskStatus.CANCELLED ? ": its case is closed" : ": already decided"));
            }
            var task = document.task();
            document.resolve(TaskResolution.APPROVED, agent, clock.instant());
            document.enqueue(outgoing.toOutbox(Envelope.first(new ResolveCase(task.order(), task.caseId(), taskId,
                    decision, amountFen, agent), outgoing.source(), clock.instant())));
            repository.save(document);
        });
        return queries.byId(taskId).orElseThrow();
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
