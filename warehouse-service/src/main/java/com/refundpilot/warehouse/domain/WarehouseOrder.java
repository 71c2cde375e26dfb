package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.ReplacementFailed;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate: one order as the warehouse knows it — the fulfilment the ERP last showed and every
 * operation sent to the ERP for it (stop steps and replacement shipments), the latest case that asked about
 * it and the parcel weights staff recorded. Each handler turns an ERP answer into the event to publish with
 * the new state. Pure Java: no framework types (an ArchUnit test keeps it so).
 */
public final class WarehouseOrder {

    public static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";
    /** The log is for people and debugging; the ERP keeps the authoritative one. */
    static final int ACTION_LOG_KEPT = 200;

    private OrderRef order;
    private ErpOrderSnapshot lastKnown;
    private Instant lastReadAt;
    private List<ActionLogEntry> actionLog = new ArrayList<>();
    private String latestCaseId;
    private Instant latestAskedAt;
    private List<ParcelWeighing> weighings = new ArrayList<>();

    private WarehouseOrder() {
        // for the persistence mapper
    }

    public static WarehouseOrder of(OrderRef order) {
        var warehouseOrder = new WarehouseOrder();
        warehouseOrder.order = order;
        return warehouseOrder;
    }

    /** A CheckFulfilment was answered by reading the order in the ERP. */
    public Event checked(String caseId, OrderRead read, Instant now) {
        if (read instanceof OrderRead.Found found) {
            ErpOrderSnapshot snapshot = found.order();
            seen(snapshot, now);
            return new FulfilmentReported(order, caseId, snapshot.state(), snapshot.forceShip(), snapshot.cancelled(),
                    snapshot.carrier(), snapshot.trackingNo(), snapshot.labelPrinted(), snapshot.weightGrams(),
                    snapshot.destination(), snapshot.item());
        } else if (read instanceof OrderRead.NotFound notFound) {
            return new FulfilmentCheckFailed(order, caseId, ORDER_NOT_FOUND, notFound.detail());
        }
        return new FulfilmentCheckFailed(order, caseId, StopSequence.ERP_UNAVAILABLE,
                ((OrderRead.Unavailable) read).detail());
    }

    /** A StopFulfilment sequence ran: log every operation sent, report the outcome. */
    public Event stopAttempted(String caseId, String ruleId, StopOutcome outcome, Instant now) {
        for (StopOutcome.StepAttempt attempt : outcome.attempts()) {
            actionLog.add(new ActionLogEntry(now, caseId, ruleId, attempt.action(), attempt.requestId(), attempt.ok(),
                    attempt.code()));
        }
        trimLog();
        if (outcome.lastSeen() != null) {
            seen(outcome.lastSeen(), now);
        }
        if (outcome.stopped()) {
            return new FulfilmentStopped(order, caseId, outcome.stepsDone());
        }
        return new FulfilmentStopFailed(order, caseId, outcome.stepsDone(), outcome.failedStep(), outcome.code(),
                outcome.detail(), outcome.carrier(), outcome.trackingNo());
    }

    /**
     * A ShipReplacement ran (one ERP call, request ID {@code requestId}): log it, report the new parcel or why
     * there is none.
     */
    public Event replacementAttempted(String caseId, String ruleId, WarehouseAction kind, String requestId,
            ReplacementResult result, Instant now) {
        if (result instanceof ReplacementResult.Shipped shipped) {
            log(new ActionLogEntry(now, caseId, ruleId, kind, requestId, true, null));
            return new ReplacementShipped(order, caseId, kind, shipped.carrier(), shipped.trackingNo());
        }
        String code;
        String detail;
        if (result instanceof ReplacementResult.Refused refused) {
            code = refused.code();
            detail = refused.detail();
        } else {
            code = StopSequence.ERP_UNAVAILABLE;
            detail = ((ReplacementResult.Unavailable) result).detail();
        }
        log(new ActionLogEntry(now, caseId, ruleId, kind, requestId, false, code));
        return new ReplacementFailed(order, caseId, kind, code, detail);
    }

    /** A case sent the warehouse a command about this order: staff records without a case go to the latest. */
    public void askedBy(String caseId, Instant now) {
        latestCaseId = caseId;
        latestAskedAt = now;
    }

    /**
     * Staff weighed the order's parcel: the latest case that asked hears of it ({@link NoCaseAskedException}
     * when none did). {@code trackingNo} null = the order's own parcel as the ERP last showed it.
     */
    public ParcelWeighed weighed(String trackingNo, long grams, long expectedGrams, String erp, Instant now) {
        if (latestCaseId == null) {
            throw new NoCaseAskedException("no case asked about order " + order.key());
        }
        String parcel = trackingNo != null ? trackingNo : lastKnown == null ? null : lastKnown.trackingNo();
        weighings.add(new ParcelWeighing(now, latestCaseId, parcel, grams, expectedGrams, erp));
        if (weighings.size() > ACTION_LOG_KEPT) {
            weighings.remove(0);
        }
        return new ParcelWeighed(order, latestCaseId, parcel, grams, expectedGrams, now);
    }

    private void log(ActionLogEntry entry) {
        actionLog.add(entry);
        trimLog();
    }

    private void trimLog() {
        if (actionLog.size() > ACTION_LOG_KEPT) {
            actionLog.subList(0, actionLog.size() - ACTION_LOG_KEPT).clear();
        }
    }

    private void seen(ErpOrderSnapshot snapshot, Instant now) {
        lastKnown = snapshot;
        lastReadAt = now;
    }

    public OrderRef order() {
        return order;
    }

    /** The fulfilment the ERP last showed, or null before the first read. */
    public ErpOrderSnapshot lastKnown() {
        return lastKnown;
    }

    public Instant lastReadAt() {
        return lastReadAt;
    }

    /** The latest case that asked about the order, or null. */
    public String latestCaseId() {
        return latestCaseId;
    }

    public Instant latestAskedAt() {
        return latestAskedAt;
    }

    public List<ParcelWeighing> weighings() {
        return weighings == null ? List.of() : List.copyOf(weighings);
    }

    public List<ActionLogEntry> actionLog() {
        return List.copyOf(actionLog);
    }
}
