package com.refundpilot.sandbox.erp;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One order in the ERP. The object lives as long as its order ID: a PUT replaces the order's state
 * but keeps the action log, the remembered answers, the parcels shipped again and the returns and weights
 * recorded, because those happened in the outside world. All access is synchronized, so one operation is one atomic step.
 */
public class ErpOrder {

    static final String DEFAULT_CARRIER = "ZTO";

    private final String orderId;
    private String platform;
    private String shopId;
    private Fulfilment fulfilment;
    private boolean forceShip;
    private boolean voidFails;
    /** Set by a VOID_FAILED warehouse event: the next void fails, once. */
    private boolean nextVoidFails;
    private String carrier;
    private String trackingNo;
    private Integer weightGrams;
    private Consignee consignee;
    private ErpItem item;
    private boolean labelPrinted;
    private boolean cancelled;
    private boolean interceptedInWarehouse;
    private String interceptNote;
    private final List<String> flags = new ArrayList<>();
    private final List<ErpActionEntry> actions = new ArrayList<>();
    private final Map<String, ErpAnswer> answersByRequestId = new HashMap<>();
    private final List<ReplacementParcel> replacements = new ArrayList<>();
    private final ErpReturns returns = new ErpReturns();

    public ErpOrder(String orderId, ErpOrderSetup setup) {
        this.orderId = orderId;
        replace(setup);
    }

    public synchronized void replace(ErpOrderSetup setup) {
        if (Boolean.TRUE.equals(setup.labelPrinted()) && !(setup.fulfilment() == Fulfilment.ALLOCATED_AUDITED
                || setup.fulfilment().shipped())) {
            throw new InvalidFieldException("labelPrinted",
                    "a label is printed only for an ALLOCATED_AUDITED or shipped order, not " + setup.fulfilment());
        }
        platform = Objects.requireNonNullElse(setup.platform(), "TAOBAO");
        shopId = setup.shopId();
        fulfilment = setup.fulfilment();
        forceShip = Boolean.TRUE.equals(setup.forceShip());
        voidFails = Boolean.TRUE.equals(setup.voidFails());
        nextVoidFails = false;
        carrier = setup.carrier();
        trackingNo = setup.trackingNo();
        weightGrams = setup.weightGrams();
        consignee = setup.consignee();
        item = setup.item();
        labelPrinted = Boolean.TRUE.equals(setup.labelPrinted());
        cancelled = false;
        interceptedInWarehouse = false;
        interceptNote = null;
        flags.clear();
    }

    public synchronized ErpOrderView view() {
        return new ErpOrderView(orderId, platform, shopId, fulfilment, forceShip, cancelled, interceptedInWarehouse,
                interceptNote, List.copyOf(flags), carrier, trackingNo, weightGrams, labelPrinted, consignee, item,
                List.copyOf(replacements));
    }

    public String orderId() {
        return orderId;
    }

    public synchronized String shopId() {
        return shopId;
    }

    public synchronized List<ErpActionEntry> actions() {
        return List.copyOf(actions);
    }

    /**
     * The morning batch reaches this order: one not cancelled, not shipped, not held in the warehouse by an
     * intercept and not printed yet is allocated, audited and gets its label. Answers whether it printed.
     * A force-ship order is printed too: it ships no matter what.
     */
    synchronized boolean printLabelInBatch() {
        if (cancelled || fulfilment.shipped() || interceptedInWarehouse || labelPrinted) {
            return false;
        }
        fulfilment = Fulfilment.ALLOCATED_AUDITED;
        labelPrinted = true;
        return true;
    }

    public synchronized ErpRecording recordArrival(String trackingNo, ReturnArrivalRequest request, Instant now) {
        return returns.arrival(trackingNo, request, now);
    }

    public synchronized ErpRecording recordInspection(String trackingNo, ReturnInspectionRequest request,
            Instant now) {
        return returns.inspection(trackingNo, request, now);
    }

    public synchronized ErpRecording recordWeight(ParcelWeightRequest request, Instant now) {
        return returns.weight(request, now);
    }

    public synchronized ErpReturnsView returnsView() {
        return new ErpReturnsView(orderId, returns.returns(), returns.weighings());
    }

    /** A warehouse event played by the scenario. */
    public synchronized void happen(ErpEvent event) {
        switch (event) {
            case VOID_FAILED -> nextVoidFails = true;
        }
    }

    /** Runs an operation once per requestId: a repeated requestId gets the first answer and logs nothing. */
    public synchronized ErpAnswer perform(ErpOperation operation, ErpOperationRequest request, Instant now,
            ParcelHandover courier) {
        ErpAnswer earlier = answersByRequestId.get(request.requestId());
        if (earlier != null) {
            return earlier;
        }
        ErpAnswer answer = decide(operation, request, now, courier);
        actions.add(ErpActionEntry.of(operation, now, request.requestId(), answer, request.note()));
        answersByRequestId.put(request.requestId(), answer);
        return answer;
    }

    private ErpAnswer decide(ErpOperation operation, ErpOperationRequest request, Instant now,
            ParcelHandover courier) {
        if (operation.shipsAgain()) {
            return shipAgain(operation, request, now, courier);
        }
        String note = request.note();
        if (operation != ErpOperation.FLAG) {
            if (fulfilment.shipped()) {
                return refuse(ErpRefusal.ALREADY_SHIPPED, "order already shipped: " + carrier + " " + trackingNo);
            }
            if (forceShip) {
                return refuse(ErpRefusal.FORCE_SHIP, "order is marked force-ship; the warehouse will ship it");
            }
            if (cancelled) {
                return refuse(ErpRefusal.ALREADY_CANCELLED, "order already cancelled");
            }
            if (labelPrinted && (operation == ErpOperation.CANCEL || operation == ErpOperation.UNAUDIT)) {
                return refuse(ErpRefusal.LABEL_PRINTED, "the waybill label is printed; intercept in the warehouse "
                        + "and void it first");
            }
        }
        switch (operation) {
            case CANCEL -> {
                if (fulfilment != Fulfilment.NOT_ALLOCATED_NOT_AUDITED) {
                    return invalidState("cancel needs NOT_ALLOCATED_NOT_AUDITED");
                }
                cancelled = true;
            }
            case UNAUDIT -> {
                if (fulfilment != Fulfilment.NOT_ALLOCATED_AUDITED) {
                    return invalidState("unaudit needs NOT_ALLOCATED_AUDITED");
                }
                fulfilment = Fulfilment.NOT_ALLOCATED_NOT_AUDITED;
            }
            case INTERCEPT -> {
                if (fulfilment != Fulfilment.ALLOCATED_AUDITED) {
                    return invalidState("intercept in warehouse needs ALLOCATED_AUDITED");
                }
                interceptedInWarehouse = true;
                interceptNote = note;
            }
            case VOID -> {
                if (fulfilment != Fulfilment.ALLOCATED_AUDITED || !interceptedInWarehouse) {
                    return invalidState("void needs an ALLOCATED_AUDITED order intercepted in the warehouse");
                }
                if (voidFails || nextVoidFails) {
                    nextVoidFails = false;
                    return refuse(ErpRefusal.VOID_FAILED, "the warehouse could not void the picking list");
                }
                fulfilment = Fulfilment.NOT_ALLOCATED_AUDITED;
                labelPrinted = false; // the void cancels the waybill with the picking list
            }
            case FLAG -> {
                if (note != null && !note.isBlank()) {
                    flags.add(note);
                }
            }
            default -> throw new IllegalStateException("not a stop operation: " + operation);
        }
        return ErpAnswer.done(view());
    }

    /**
     * RESHIP / SHIP_EXCHANGE / RETURN_WRONG_GOODS: a new parcel to the buyer (the order's carrier, a new
     * tracking number {@code <orderId>-RS<n>} / {@code -EX<n>} / {@code -RW<n>}), handed to the courier at
     * once. Goods again need an order that shipped and an SKU (the order's item by default); wrong goods sent
     * back need a return parcel that arrived, and their SKU is whatever the request says (they are not ours).
     */
    private ErpAnswer shipAgain(ErpOperation operation, ErpOperationRequest request, Instant now,
            ParcelHandover courier) {
        boolean wrongGoods = operation == ErpOperation.RETURN_WRONG_GOODS;
        String requested = request.sku() != null && !request.sku().isBlank() ? request.sku().strip() : null;
        String sku = requested != null || wrongGoods ? requested : item == null ? null : item.sku();
        if (!wrongGoods && (sku == null || sku.isBlank())) {
            throw new InvalidFieldException("sku", "sku is required: the order has no item SKU to ship again");
        }
        if (cancelled) {
            return refuse(ErpRefusal.ALREADY_CANCELLED, "order cancelled: nothing shipped to replace");
        }
        if (wrongGoods && !returns.anyReceived()) {
            return invalidState(operation.pathSegment() + " needs a return parcel that arrived");
        }
        if (!wrongGoods && !fulfilment.shipped()) {
            return invalidState(operation.pathSegment() + " needs an order that shipped");
        }
        String parcelCarrier = carrier == null || carrier.isBlank() ? DEFAULT_CARRIER : carrier;
        String prefix = orderId + operation.trackingSuffix();
        int n = 1;
        while (courier.knows(prefix + n)) {
            n++;
        }
        String newTrackingNo = prefix + n;
        courier.collect(parcelCarrier, newTrackingNo, consignee, now);
        var parcel = new ReplacementParcel(operation.recordedAs(), parcelCarrier, newTrackingNo, sku,
                request.quantity() == null ? 1 : request.quantity(), request.requestId(), now);
        replacements.add(parcel);
        return ErpAnswer.shipped(view(), parcel);
    }

    private ErpAnswer invalidState(String rule) {
        return refuse(ErpRefusal.INVALID_STATE, rule + ", order is " + fulfilment);
    }

    private ErpAnswer refuse(ErpRefusal refusal, String detail) {
        return ErpAnswer.refused(view(), refusal, detail);
    }
}
