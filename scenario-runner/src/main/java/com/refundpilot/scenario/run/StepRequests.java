package com.refundpilot.scenario.run;

import static com.refundpilot.scenario.run.SystemHttp.enc;

import com.refundpilot.scenario.model.BuyerStep;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.WarehouseEvent;
import com.refundpilot.scenario.model.WarehouseStep;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox control call that plays a platform, buyer or warehouse step (docs/sandbox-protocol.md), in the
 * run's namespaced IDs. Pure: the runner sends what this builds.
 */
final class StepRequests {

    private StepRequests() {
    }

    /**
     * One control call.
     *
     * @param method HTTP method
     * @param path path under the sandbox's base URL, already encoded
     * @param body JSON body
     * @param statuses the answers that mean it was played
     */
    record Request(String method, String path, ObjectNode body, int... statuses) {
        Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(body, "body");
        }
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A platform step on {@code order}'s platform ({@code platformPath}, e.g. {@code taobao}). Every call that
     * makes the platform push carries {@code deliveries} (a duplicate webhook re-sends the same message).
     * REFUND_REQUESTED is built by the runner itself (it needs the order's amounts).
     */
    static Request platform(PlatformStep p, Order order, String platformPath, RunIds ids) {
        String base = "/sandbox/platforms/" + platformPath;
        String refund = base + "/refunds/" + enc(ids.of(p.refundId() == null ? "" : p.refundId()));
        ObjectNode body = object();
        String path = switch (p.event()) {
            case REFUND_REQUESTED -> throw new IllegalArgumentException("REFUND_REQUESTED is built by the runner");
            case REFUND_MODIFIED -> {
                if (p.type() != null) {
                    body.put("type", p.type().name());
                }
                if (p.reason() != null) {
                    body.put("reason", PlatformReasonTexts.textOf(p.reason()));
                }
                if (p.amountFen() != null) {
                    body.put("amountFen", p.amountFen());
                }
                if (p.quantity() != null) {
                    body.put("quantity", p.quantity());
                }
                putDeadline(body, "deadlineIn", p.deadlineIn());
                yield refund + "/modify";
            }
            case BUYER_CANCELLED -> refund + "/close";
            case NEGOTIATION_ACCEPTED, NEGOTIATION_REJECTED -> {
                body.put("accepted", p.event() == PlatformEvent.NEGOTIATION_ACCEPTED);
                if (p.amountFen() != null) {
                    body.put("amountFen", p.amountFen());
                }
                yield refund + "/negotiation";
            }
            case DEADLINE_CHANGED -> {
                putDeadline(body, "deadlineIn", p.deadlineIn());
                yield refund + "/deadline";
            }
            case RETURN_SHIPPED -> {
                body.put("carrier", p.carrier());
                body.put("trackingNo", ids.of(p.trackingNo()));
                putDeadline(body, "deadlineIn", p.deadlineIn());
                yield refund + "/return-shipment";
            }
            case PLATFORM_INTERVENED -> {
                putDeadline(body, "evidenceDeadlineIn", p.evidenceDeadlineIn());
                yield refund + "/intervention";
            }
            case PLATFORM_VERDICT -> {
                body.put("for", p.verdictFor().name());
                yield refund + "/verdict";
            }
            case COMPLAINT_FILED -> {
                body.put("shopId", ids.of(order.shopId()));
                body.put("orderId", ids.of(order.orderId()));
                body.put("complaintId", ids.of(p.complaintId()));
                body.put("kind", p.kind().name());
                putDeadline(body, "deadlineIn", p.deadlineIn());
                yield base + "/complaints";
            }
        };
        body.put("deliveries", p.deliveries());
        return p.event() == PlatformEvent.COMPLAINT_FILED
                ? new Request("POST", path, body, 200, 201)
                : new Request("POST", path, body, 200);
    }

    /** The buyer writes in the chat of {@code refundId} (scenario ID). */
    static Request buyer(BuyerStep b, String refundId, String platformPath, RunIds ids) {
        ObjectNode body = object();
        body.put("says", b.says().name());
        body.put("photos", b.photos());
        return new Request("POST", "/sandbox/platforms/" + platformPath + "/refunds/" + enc(ids.of(refundId))
                + "/buyer-messages", body, 200, 201);
    }

    /** A warehouse event on {@code order}; only VOID_FAILED is played so far (the runner's precheck). */
    static Request warehouse(WarehouseStep w, Order order, RunIds ids) {
        if (w.event() != WarehouseEvent.VOID_FAILED) {
            throw new IllegalArgumentException("warehouse event " + w.event() + " is not played yet");
        }
        ObjectNode body = object();
        body.put("event", w.event().name());
        return new Request("POST", "/sandbox/erp/orders/" + enc(ids.of(order.orderId())) + "/events", body, 200);
    }

    private static void putDeadline(ObjectNode body, String field, Duration value) {
        if (value != null) {
            body.put(field, value.toString());
        }
    }
}
