package com.refundpilot.warehouse.application;

import com.refundpilot.contracts.commands.ExpectReturn;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.OutboxMessage;
import com.refundpilot.warehouse.adapter.out.mongo.ExpectedReturnDocument;
import com.refundpilot.warehouse.adapter.out.mongo.ExpectedReturnRepository;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderDocument;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderRepository;
import com.refundpilot.warehouse.domain.ExpectedReturn;
import com.refundpilot.warehouse.domain.InspectionReport;
import com.refundpilot.warehouse.domain.RecordResult;
import com.refundpilot.warehouse.domain.ReturnExpectation;
import com.refundpilot.warehouse.domain.ReturnRefusedException;
import com.refundpilot.warehouse.domain.WarehouseOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Returns: a case expects a parcel (by its waybill); staff record its arrival and inspection. Each staff
 * record is checked first (nothing changes on bad input), then recorded in the ERP (idempotent per request ID
 * {@code <caseId>:<trackingNo>:ARRIVAL|INSPECTION}, so a staff retry after a failure repeats nothing there),
 * then stored with its event in one write of the return's document.
 */
@Service
public class ReturnsService {

    /** An expectation replaced between the check and the save: the ERP was told about another case. */
    public static final String EXPECTATION_CHANGED = "EXPECTATION_CHANGED";
    private static final Logger log = LoggerFactory.getLogger(ReturnsService.class);

    private final ExpectedReturnRepository returns;
    private final WarehouseOrderRepository orders;
    private final ErpGateway erp;
    private final StaffEvents events;
    private final Clock clock;

    public ReturnsService(ExpectedReturnRepository returns, WarehouseOrderRepository orders, ErpGateway erp,
            StaffEvents events, Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.erp = erp;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the expectation by tracking number (a repeat of the command changes nothing) and makes the case
     * the latest that asked about its order. Two documents, each idempotent on its own: a crash between the
     * saves is repaired by the redelivery.
     */
    public void expect(Envelope envelope, ExpectReturn command) {
        Instant now = clock.instant();
        OptimisticRetry.run(() -> {
            WarehouseOrderDocument order = orders.find(envelope.partitionKey()).orElseGet(
                    () -> new WarehouseOrderDocument(envelope.partitionKey(), WarehouseOrder.of(command.order())));
            if (order.alreadyProcessed(envelope.id())) {
                return;
            }
            order.order().askedBy(command.caseId(), now);
            order.markProcessed(envelope.id());
            orders.save(order);
        });
        String trackingNo = command.trackingNo().strip();
        var expectation = new ReturnExpectation(command.order(), command.caseId(), command.carrier(), command.sku(),
                command.quantity(), now);
        OptimisticRetry.run(() -> {
            ExpectedReturnDocument document = returns.find(trackingNo).orElse(null);
            ExpectedReturn.Expected outcome;
            if (document == null) {
                document = new ExpectedReturnDocument(trackingNo, ExpectedReturn.of(trackingNo, expectation));
                outcome = ExpectedReturn.Expected.NEW;
            } else if (document.alreadyProcessed(envelope.id())) {
                return;
            } else {
                String earlierCase = document.expectedReturn().expectation().caseId();
                outcome = document.expectedReturn().expect(expectation, now);
                if (outcome == ExpectedReturn.Expected.RETIED) {
                    log.info("return {} now expected by {} (was {})", trackingNo, command.caseId(), earlierCase);
                }
            }
            if (outcome != ExpectedReturn.Expected.SAME_CASE) {
                document.expectedBy(envelope.id(), envelope.correlationId());
            }
            document.markProcessed(envelope.id());
            returns.save(document);
        });
    }

    public ExpectedReturn find(String trackingNo) {
        return load(trackingNo).expectedReturn();
    }

    public ExpectedReturn receive(String trackingNo, String receivedBy) {
        ExpectedReturnDocument loaded = load(trackingNo);
        loaded.expectedReturn().checkArrival();
        ReturnExpectation expectation = loaded.expectedReturn().expectation();
        RecordResult recorded = answered(erp.recordArrival(expectation.order().orderId(), trackingNo,
                requestId(expectation, trackingNo, "ARRIVAL"), expectation.caseId(), receivedBy), trackingNo);
        return OptimisticRetry.run(() -> {
            ExpectedReturnDocument document = sameExpectation(trackingNo, expectation);
            Event event = document.expectedReturn().receive(receivedBy, recorded.outcome(), clock.instant());
            document.enqueue(once("return-received", expectation, trackingNo, event, document));
            returns.save(document);
            return document.expectedReturn();
        });
    }

    /** Records the arrival too when nobody did: two ERP records, two events, one write. */
    public ExpectedReturn inspect(String trackingNo, InspectionReport report) {
        ExpectedReturnDocument loaded = load(trackingNo);
        int receivedQuantity = loaded.expectedReturn().checkInspection(report);
        ReturnExpectation expectation = loaded.expectedReturn().expectation();
        String orderId = expectation.order().orderId();
        String arrival = null;
        if (!loaded.expectedReturn().received()) {
            arrival = answered(erp.recordArrival(orderId, trackingNo, requestId(expectation, trackingNo, "ARRIVAL"),
                    expectation.caseId(), report.inspectedBy()), trackingNo).outcome();
        }
        String inspection = answered(erp.recordInspection(orderId, trackingNo,
                requestId(expectation, trackingNo, "INSPECTION"), expectation.caseId(), report, receivedQuantity),
                trackingNo).outcome();
        String erpArrival = arrival;
        return OptimisticRetry.run(() -> {
            ExpectedReturnDocument document = sameExpectation(trackingNo, expectation);
            List<Event> recorded = document.expectedReturn().inspect(report, erpArrival, inspection, clock.instant());
            for (Event event : recorded) {
                String kind = event instanceof ReturnReceived ? "return-received" : "return-inspected";
                document.enqueue(once(kind, expectation, trackingNo, event, document));
            }
            returns.save(document);
            return document.expectedReturn();
        });
    }

    private ExpectedReturnDocument load(String trackingNo) {
        return returns.find(trackingNo).orElseThrow(() -> new UnknownReturnException(trackingNo));
    }

    /** The document again for the save; the ERP was told about this expectation's case, so it must still hold. */
    private ExpectedReturnDocument sameExpectation(String trackingNo, ReturnExpectation expectation) {
        ExpectedReturnDocument document = load(trackingNo);
        if (!document.expectedReturn().expectation().caseId().equals(expectation.caseId())) {
            throw new ReturnRefusedException(EXPECTATION_CHANGED, "return " + trackingNo + " is now expected by case "
                    + document.expectedReturn().expectation().caseId() + "; record it again");
        }
        return document;
    }

    private OutboxMessage once(String kind, ReturnExpectation expectation,
            String trackingNo, Event event, ExpectedReturnDocument document) {
        return events.once(kind + ":" + expectation.caseId() + ":" + trackingNo, event, document.expectedById(),
                document.expectedInCorrelation());
    }

    private static String requestId(ReturnExpectation expectation, String trackingNo, String record) {
        return expectation.caseId() + ":" + trackingNo + ":" + record;
    }

    /** An ERP refusal is kept with the record (the parcel is in the warehouse all the same); no answer is not. */
    private static RecordResult answered(RecordResult result, String trackingNo) {
        if (result instanceof RecordResult.Unavailable unavailable) {
            throw new ErpUnavailableException(unavailable.detail());
        }
        if (result instanceof RecordResult.Refused refused) {
            log.info("ERP refused a record of return {}: {} {}", trackingNo, refused.code(), refused.detail());
        }
        return result;
    }
}
