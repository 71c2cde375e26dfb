package com.refundpilot.refund.application;

import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.ReplacementFailed;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerHandler;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.refund.adapter.out.mongo.CaseIndexDocument;
import com.refundpilot.refund.adapter.out.mongo.CaseRepository;
import com.refundpilot.refund.adapter.out.mongo.OrderFileDocument;
import com.refundpilot.refund.domain.CaseTimer;
import com.refundpilot.refund.domain.Effects;
import com.refundpilot.refund.domain.OrderFile;
import com.refundpilot.refund.domain.ShopPolicy;
import com.refundpilot.refund.domain.TimerRequest;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The use cases: apply one incoming message (or a due timer) to its order file and store the new state,
 * the processed message ID and the resulting messages in one write. Timers are written first, so a crash
 * can cost a spurious firing (ignored) but never a missing deadline.
 */
@Service
public class CaseService implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(CaseService.class);

    private final CaseRepository repository;
    private final TimerStore timers;
    private final Outgoing outgoing;
    private final ShopPolicies policies;
    private final CaseMetrics metrics;
    private final Clock clock;

    public CaseService(CaseRepository repository, TimerStore timers, Outgoing outgoing, ShopPolicies policies,
            CaseMetrics metrics, Clock clock) {
        this.repository = repository;
        this.timers = timers;
        this.outgoing = outgoing;
        this.policies = policies;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void handle(Envelope envelope) {
        OptimisticRetry.run(() -> apply(envelope));
    }

    private void apply(Envelope envelope) {
        Message message = envelope.data();
        OrderFileDocument document = repository.findOrderFile(envelope.partitionKey()).orElse(null);
        if (document == null) {
            if (message instanceof RefundRequested request) {
                document = new OrderFileDocument(OrderFile.of(request));
            } else if (message instanceof ComplaintFiled complaint) {
                document = new OrderFileDocument(OrderFile.forComplaint(complaint));
            } else {
                log.warn("{} for unknown order {} ignored", envelope.type(), envelope.partitionKey());
                return;
            }
        }
        if (document.alreadyProcessed(envelope.id())) {
            return;
        }
        Instant now = clock.instant();
        Effects effects = decide(document.file(), message, now);
        store(document, effects, envelope.id(), now, envelope);
    }

    private Effects decide(OrderFile file, Message message, Instant now) {
        ShopPolicy policy = policies.forOrder(file.order());
        if (message instanceof RefundRequested request) {
            repository.index(new CaseIndexDocument(request.caseId(), request.order().key(),
                    request.order().platform().name(), request.order().shopId(), request.refundId()));
            return file.onRefundRequested(request, policy, now);
        } else if (message instanceof ComplaintFiled complaint) {
            repository.index(new CaseIndexDocument(complaint.caseId(), complaint.order().key(),
                    complaint.order().platform().name(), complaint.order().shopId(), complaint.complaintId()));
            return file.onComplaintFiled(complaint, policy, now);
        } else if (message instanceof PlatformVerdict verdict) {
            return file.onPlatformVerdict(verdict, policy, now);
        } else if (message instanceof RefundModified modified) {
            return file.onRefundModified(modified, policy, now);
        } else if (message instanceof DeadlineChanged changed) {
            return file.onDeadlineChanged(changed, policy, now);
        } else if (message instanceof BuyerReplied reply) {
            return file.onBuyerReplied(reply, policy, now);
        } else if (message instanceof NegotiationAnswered answer) {
            return file.onNegotiationAnswered(answer, policy, now);
        } else if (message instanceof ReturnShipped shipped) {
            return file.onReturnShipped(shipped, policy, now);
        } else if (message instanceof PlatformIntervened intervened) {
            return file.onPlatformIntervened(intervened, policy, now);
        } else if (message instanceof FulfilmentReported report) {
            return file.onFulfilmentReported(report, policy, now);
        } else if (message instanceof FulfilmentCheckFailed checkFailed) {
            return file.onFulfilmentCheckFailed(checkFailed, policy, now);
        } else if (message instanceof FulfilmentStopped stopped) {
            return file.onFulfilmentStopped(stopped, policy, now);
        } else if (message instanceof FulfilmentStopFailed failed) {
            return file.onFulfilmentStopFailed(failed, policy, now);
        } else if (message instanceof ReplacementShipped shipped) {
            return file.onReplacementShipped(shipped, policy, now);
        } else if (message instanceof ReplacementFailed failed) {
            return file.onReplacementFailed(failed, policy, now);
        } else if (message instanceof PlatformActionSucceeded succeeded) {
            return file.onPlatformActionSucceeded(succeeded, policy, now);
        } else if (message instanceof PlatformActionRejected rejected) {
            return file.onPlatformActionRejected(rejected, policy, now);
        } else if (message instanceof PlatformRefundSettled settled) {
            return file.onPlatformSettled(settled, policy, now);
        } else if (message instanceof InterceptRequested requested) {
            return file.onInterceptRequested(requested, now);
        } else if (message instanceof InterceptFailed failed) {
            return file.onInterceptFailed(failed, policy, now);
        } else if (message instanceof TrackingUpdated update) {
            return file.onTrackingUpdated(update, policy, now);
        } else if (message instanceof ParcelStatusReported located) {
            return file.onParcelStatusReported(located, policy, now);
        } else if (message instanceof ParcelStalled stalled) {
            return file.onParcelStalled(stalled, policy, now);
        } else if (message instanceof CourierAnswered answer) {
            return file.onCourierAnswered(answer, policy, now);
        } else if (message instanceof ReturnWaybillChecked check) {
            return file.onReturnWaybillChecked(check, policy, now);
        } else if (message instanceof ReturnReceived received) {
            return file.onReturnReceived(received, policy, now);
        } else if (message instanceof ReturnInspected inspected) {
            return file.onReturnInspected(inspected, policy, now);
        } else if (message instanceof ParcelWeighed weighed) {
            return file.onParcelWeighed(weighed, policy, now);
        } else if (message instanceof ClaimUpdated claim) {
            return file.onClaimUpdated(claim, policy, now);
        } else if (message instanceof ResolveCase resolution) {
            return file.onResolveCase(resolution, policy, now);
        }
        return Effects.none(); // a type this service does not act on (schema evolution is additive)
    }

    @Override
    public void onTimer(DueTimer timer) {
        OptimisticRetry.run(() -> {
            var index = repository.findIndex(timer.aggregateId()).orElse(null);
            OrderFileDocument document = index == null ? null
                    : repository.findOrderFile(index.orderKey()).orElse(null);
            if (document == null || document.alreadyProcessed(timer.firingKey())) {
                return;
            }
            Instant now = clock.instant();
            OrderFile file = document.file();
            Effects effects = file.onDeadline(timer.aggregateId(), CaseTimer.valueOf(timer.kind()), timer.dueAt(),
                    now, policies.forOrder(file.order()));
            store(document, effects, timer.firingKey(), now, null);
        });
    }

    private void store(OrderFileDocument document, Effects effects, String processedId, Instant now,
            Envelope cause) {
        for (TimerRequest request : effects.timers()) {
            if (request.isCancel()) {
                timers.cancel(request.caseId(), request.timer().name());
            } else {
                timers.schedule(request.caseId(), request.timer().name(), request.dueAt());
            }
        }
        for (Message message : effects.messages()) {
            document.enqueue(cause == null
                    ? outgoing.withNaturalId(processedId + ":" + message.getClass().getSimpleName(), message, null)
                    : outgoing.causedBy(cause, message));
        }
        document.markProcessed(processedId);
        repository.save(document);
        metrics.record(effects.messages(), now, deadlineOf(document, effects));
    }

    private static Instant deadlineOf(OrderFileDocument document, Effects effects) {
        return effects.messages().stream()
                .map(m -> m instanceof com.refundpilot.contracts.envelope.CaseMessage cm ? cm.caseId() : null)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .flatMap(id -> document.file().findCase(id))
                .map(c -> c.deadline())
                .orElse(null);
    }
}
