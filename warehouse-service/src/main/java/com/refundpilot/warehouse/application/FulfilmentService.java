package com.refundpilot.warehouse.application;

import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderDocument;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderRepository;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.ReplacementResult;
import com.refundpilot.warehouse.domain.StopOutcome;
import com.refundpilot.warehouse.domain.StopSequence;
import com.refundpilot.warehouse.domain.WarehouseOrder;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The use cases: answer a warehouse command from the ERP and store the order's new state, the command's ID
 * and the answer event in one write.
 *
 * <p>The ERP is called outside the load-decide-save loop: a command already recorded is dropped before any
 * call; one that crashed between the calls and the save is replayed with the same request IDs, which the ERP
 * answers from memory. Every ERP outcome, an outage included, becomes an event (failures are events); only a
 * store failure propagates, for the kit's error handler to retry and then dead-letter.
 */
@Service
public class FulfilmentService {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentService.class);

    private final ErpGateway erp;
    private final WarehouseOrderRepository repository;
    private final Outgoing outgoing;
    private final Clock clock;

    public FulfilmentService(ErpGateway erp, WarehouseOrderRepository repository, Outgoing outgoing, Clock clock) {
        this.erp = erp;
        this.repository = repository;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void check(Envelope envelope, CheckFulfilment command) {
        if (alreadyProcessed(envelope)) {
            return;
        }
        OrderRead read = erp.readOrder(command.order().orderId());
        record(envelope, command.order(), command.caseId(), order -> order.checked(command.caseId(), read, clock.instant()));
    }

    public void stop(Envelope envelope, StopFulfilment command) {
        if (alreadyProcessed(envelope)) {
            return;
        }
        String orderId = command.order().orderId();
        StopOutcome outcome = StopSequence.run(envelope.id(), command.steps(),
                (operation, requestId) -> erp.perform(orderId, operation, requestId, command.note()));
        if (!outcome.stopped()) {
            log.info("{} {} for {}: {} refused with {} after {}", command.ruleId(), command.steps(),
                    command.order().key(), outcome.failedStep(), outcome.code(), outcome.stepsDone());
        }
        record(envelope, command.order(), command.caseId(), order -> order.stopAttempted(command.caseId(), command.ruleId(), outcome,
                clock.instant()));
    }

    /**
     * One ERP call with request ID {@code <command envelope id>:<KIND>}, so a redelivery that slipped past the
     * processed-ID check (a crash before the save) gets the first parcel again, never a second one.
     */
    public void shipReplacement(Envelope envelope, ShipReplacement command) {
        if (alreadyProcessed(envelope)) {
            return;
        }
        String requestId = envelope.id() + ":" + command.kind().name();
        ReplacementResult result = erp.shipReplacement(command.order().orderId(), command.kind(), requestId,
                command.sku(), command.quantity(), command.note());
        if (!(result instanceof ReplacementResult.Shipped)) {
            log.info("{} {} for {} not shipped: {}", command.ruleId(), command.kind(), command.order().key(), result);
        }
        record(envelope, command.order(), command.caseId(), order -> order.replacementAttempted(command.caseId(), command.ruleId(),
                command.kind(), requestId, result, clock.instant()));
    }

    private boolean alreadyProcessed(Envelope envelope) {
        boolean processed = repository.find(envelope.partitionKey())
                .map(document -> document.alreadyProcessed(envelope.id()))
                .orElse(false);
        if (processed) {
            log.debug("{} {} already answered, dropped", envelope.type(), envelope.id());
        }
        return processed;
    }

    /** Stores the answer with the order's new state; the case becomes the latest that asked about the order. */
    private void record(Envelope envelope, OrderRef order, String caseId, Function<WarehouseOrder, Event> answer) {
        OptimisticRetry.run(() -> {
            WarehouseOrderDocument document = repository.find(envelope.partitionKey())
                    .orElseGet(() -> new WarehouseOrderDocument(envelope.partitionKey(), WarehouseOrder.of(order)));
            if (document.alreadyProcessed(envelope.id())) {
                return; // answered meanwhile by another delivery of the same command
            }
            Event event = answer.apply(document.order());
            document.order().askedBy(caseId, clock.instant());
            document.enqueue(outgoing.causedBy(envelope, event));
            document.markProcessed(envelope.id());
            repository.save(document);
        });
    }
}
