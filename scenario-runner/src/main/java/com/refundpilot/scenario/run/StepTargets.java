package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.model.Step;
import com.refundpilot.scenario.model.WarehouseStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step that names no refund or order is about. A buyer step writes in the chat of "the refund the
 * scenario is about": the latest refund raised before it, when every refund raised so far is on one order.
 * A warehouse step is about the scenario's only order (VOID_FAILED, PARCEL_WEIGHT) or about a return parcel
 * (RETURN_RECEIVED, INSPECTED: the one it names, else the only one shipped so far). Anything else is ambiguous,
 * and the answer says why.
 */
final class StepTargets {

    private StepTargets() {
    }

    /** A refund and its order, in the scenario's own IDs. */
    record RefundOfOrder(String orderId, String refundId) {
    }

    /**
     * The refund the buyer of {@code steps[index]} writes about.
     *
     * @throws IllegalArgumentException naming the step and the problem when there is none or it is ambiguous
     */
    static RefundOfOrder refundAbout(Scenario scenario, int index) {
        List<Step> steps = scenario.steps();
        Map<String, String> latestByOrder = new LinkedHashMap<>();
        for (int i = 0; i < index; i++) {
            if (steps.get(i) instanceof PlatformStep p && p.event() == PlatformEvent.REFUND_REQUESTED) {
                latestByOrder.remove(p.orderId()); // keep the order of the latest raise last
                latestByOrder.put(p.orderId(), p.refundId());
            }
        }
        String where = "steps[" + index + "]." + steps.get(index).actor();
        if (latestByOrder.isEmpty()) {
            throw new IllegalArgumentException(where + ": no refund is raised before this step, so the buyer has no "
                    + "refund chat to write in");
        }
        if (latestByOrder.size() > 1) {
            throw new IllegalArgumentException(where + ": refunds are raised on several orders before this step ("
                    + String.join(", ", latestByOrder.keySet()) + "): which refund the buyer writes about is ambiguous");
        }
        var only = latestByOrder.entrySet().iterator().next();
        return new RefundOfOrder(only.getKey(), only.getValue());
    }

    /**
     * The order a warehouse step of {@code steps[index]} is about: the only order.
     *
     * @throws IllegalArgumentException naming the step when the scenario has several orders
     */
    static Order orderAbout(Scenario scenario, int index) {
        if (scenario.orders().size() != 1) {
            throw new IllegalArgumentException("steps[" + index + "]." + scenario.steps().get(index).actor()
                    + ": the scenario has " + scenario.orders().size() + " orders ("
                    + String.join(", ", scenario.orders().stream().map(Order::orderId).toList())
                    + "): which order the warehouse reports on is ambiguous");
        }
        return scenario.orders().get(0);
    }

    /** A return parcel and the refund it returns goods for (null when no RETURN_SHIPPED names it), scenario IDs. */
    record ReturnParcel(String trackingNo, String refundId, String orderId) {
    }

    /**
     * The return parcel a RETURN_RECEIVED or INSPECTED step of {@code steps[index]} is about: the one it names,
     * else the only return waybill the buyer filled in before it (RETURN_SHIPPED).
     *
     * @throws IllegalArgumentException naming the step when it names none and there is not exactly one
     */
    static ReturnParcel returnParcelAbout(Scenario scenario, int index) {
        List<Step> steps = scenario.steps();
        Map<String, PlatformStep> shipped = new LinkedHashMap<>();
        for (int i = 0; i < index; i++) {
            if (steps.get(i) instanceof PlatformStep p && p.event() == PlatformEvent.RETURN_SHIPPED) {
                shipped.putIfAbsent(p.trackingNo(), p);
            }
        }
        String named = steps.get(index) instanceof WarehouseStep w ? w.trackingNo() : null;
        if (named != null) {
            PlatformStep p = shipped.get(named);
            return new ReturnParcel(named, p == null ? null : p.refundId(), p == null ? null : p.orderId());
        }
        String where = "steps[" + index + "]." + steps.get(index).actor();
        if (shipped.size() != 1) {
            throw new IllegalArgumentException(where + ": no trackingNo, and " + (shipped.isEmpty()
                    ? "no return parcel is shipped before this step (RETURN_SHIPPED)"
                    : "the buyer shipped " + shipped.size() + " return parcels before it (" + String.join(", ",
                            shipped.keySet()) + ")") + ": name the return parcel");
        }
        PlatformStep only = shipped.values().iterator().next();
        return new ReturnParcel(only.trackingNo(), only.refundId(), only.orderId());
    }

    /**
     * How many units the refund {@code refundId} asks to return as of {@code steps[index]}: the quantity of its
     * latest REFUND_REQUESTED / REFUND_MODIFIED that names one, else 1 (the format's default).
     */
    static int quantityOf(Scenario scenario, String refundId, int index) {
        int quantity = 1;
        List<Step> steps = scenario.steps();
        for (int i = 0; i < index && refundId != null; i++) {
            if (steps.get(i) instanceof PlatformStep p && refundId.equals(p.refundId()) && p.quantity() != null
                    && (p.event() == PlatformEvent.REFUND_REQUESTED || p.event() == PlatformEvent.REFUND_MODIFIED)) {
                quantity = p.quantity();
            }
        }
        return quantity;
    }
}
