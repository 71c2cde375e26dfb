package com.refundpilot.sandbox.erp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One order in the ERP. The object lives as long as its order ID: a PUT replaces the order's state
 * but keeps the action log and the remembered answers, because those happened in the outside world.
 * All access is synchronized, so one operation is one atomic step.
 */
public class ErpOrder {

    private final String orderId;
    private String platform;
    private String shopId;
    private Fulfilment fulfilment;
    private boolean forceShip;
    private boolean voidFails;
    private String carrier;
    private String trackingNo;
    private Integer weightGrams;
    private boolean cancelled;
    private boolean interceptedInWarehouse;
    private String interceptNote;
    private final List<String> flags = new ArrayList<>();
    private final List<ErpActionEntry> actions = new ArrayList<>();
    private final Map<String, ErpAnswer> answersByRequestId = new HashMap<>();

    public ErpOrder(String orderId, ErpOrderSetup setup) {
        this.orderId = orderId;
        replace(setup);
    }

    public synchronized void replace(ErpOrderSetup setup) {
        platform = Objects.requireNonNullElse(setup.platform(), "TAOBAO");
        shopId = setup.shopId();
        fulfilment = setup.fulfilment();
        forceShip = Boolean.TRUE.equals(setup.forceShip());
        voidFails = Boolean.TRUE.equals(setup.voidFails());
        carrier = setup.carrier();
        trackingNo = setup.trackingNo();
        weightGrams = setup.weightGrams();
        cancelled = false;
        interceptedInWarehouse = false;
        interceptNote = null;
        flags.clear();
    }

    public synchronized ErpOrderView view() {
        return new ErpOrderView(orderId, platform, shopId, fulfilment, forceShip, cancelled, interceptedInWarehouse,
                interceptNote, List.copyOf(flags), carrier, trackingNo, weightGrams);
    }

    public synchronized List<ErpActionEntry> actions() {
        return List.copyOf(actions);
    }

    /** Runs an operation once per requestId: a repeated requestId gets the first answer and logs nothing. */
    public synchronized ErpAnswer perform(ErpOperation operation, String requestId, String note, Instant now) {
        ErpAnswer earlier = answersByRequestId.get(requestId);
        if (earlier != null) {
            return earlier;
        }
        ErpAnswer answer = decide(operation, note);
        actions.add(ErpActionEntry.of(operation, now, requestId, answer, note));
        answersByRequestId.put(requestId, answer);
        return answer;
    }

    private ErpAnswer decide(ErpOperation operation, String note) {
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
                if (voidFails) {
                    return refuse(ErpRefusal.VOID_FAILED, "the warehouse could not void the picking list");
                }
                fulfilment = Fulfilment.NOT_ALLOCATED_AUDITED;
            }
            case FLAG -> {
                if (note != null && !note.isBlank()) {
                    flags.add(note);
                }
            }
        }
        return ErpAnswer.done(view());
    }

    private ErpAnswer invalidState(String rule) {
        return refuse(ErpRefusal.INVALID_STATE, rule + ", order is " + fulfilment);
    }

    private ErpAnswer refuse(ErpRefusal refusal, String detail) {
        return ErpAnswer.refused(view(), refusal, detail);
    }
}
