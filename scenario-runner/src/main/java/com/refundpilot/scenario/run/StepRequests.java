package com.refundpilot.scenario.run;

import static com.refundpilot.scenario.run.SystemHttp.enc;

import com.refundpilot.scenario.model.BuyerStep;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.WarehouseStep;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The call that plays a platform, buyer or warehouse step, in the run's namespaced IDs: a sandbox control call
 * (docs/sandbox-protocol.md), or for the warehouse staff's records warehouse-service's API. Pure: the runner
 * sends what this builds.
 */
final class StepRequests {

    private StepRequests() {
    }

    /** Who answers a step's call: the sandbox (the outside world), or warehouse-service's staff API. */
    enum Service {
        SANDBOX, WAREHOUSE_SERVICE
    }

    /**
     * One call that plays a step.
     *
     * @param service whose base URL {@code path} is under
     * @param method HTTP method
     * @param path path under the service's base URL, already encoded
     * @param body JSON body
     * @param statuses the answers that mean it was played
     */
    record Request(Service service, String method, String path, ObjectNode body, int... statuses) {
        Request {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(body, "body");
        }

        /** A sandbox control call. */
        Request(String method, String path, ObjectNode body, int... statuses) {
            this(Service.SANDBOX, method, path, body, statuses);
        }
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A platform step on {@code order}'s platform ({@code platformPath}, e.g. {@code taobao}). Every call that
     * makes the platform push carries {@code deliveries} (a duplicate webhook re-sends the same message).
     * REFUND_REQUESTED raises the refund with the order's amounts (the amount, unless the step names one, is the
     * paid share of the units asked about: EXCHANGE / RESHIP) and is answered 201. An intervention, a verdict
     * or a deadline change that names a complaint goes to that complaint's control API, else to the refund's;
     * COMPLAINT_FILED carries the order's promised and actual ship times (CP-1 compares them).
     */
    static Request platform(PlatformStep p, Order order, String platformPath, RunIds ids) {
        String base = "/sandbox/platforms/" + platformPath;
        String refund = p.complaintId() != null && p.event() != PlatformEvent.COMPLAINT_FILED
                ? base + "/complaints/" + enc(ids.of(p.complaintId()))
                : base + "/refunds/" + enc(ids.of(p.refundId() == null ? "" : p.refundId()));
        ObjectNode body = object();
        String path = switch (p.event()) {
            case REFUND_REQUESTED -> {
                int quantity = p.quantity() == null ? 1 : p.quantity();
                long amountFen = p.amountFen() != null ? p.amountFen()
                        : order.paidFen() * Math.min(quantity, order.quantity()) / order.quantity(); // EXCHANGE / RESHIP
                body.put("shopId", ids.of(order.shopId()));
                body.put("orderId", ids.of(order.orderId()));
                body.put("refundId", ids.of(p.refundId()));
                body.put("type", p.type().name());
                body.put("reason", PlatformReasonTexts.textOf(p.reason()));
                body.put("amountFen", amountFen);
                body.put("quantity", quantity);
                if (order.paidFen() > 0) {
                    body.put("orderPaidFen", order.paidFen());
                }
                body.put("orderQuantity", order.quantity());
                if (order.item().sku() != null) {
                    body.put("sku", order.item().sku());
                }
                putDeadline(body, "deadlineIn", p.deadlineIn());
                yield base + "/refunds";
            }
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
                if (order.promisedShipBy() != null) {
                    body.put("promisedShipBy", order.promisedShipBy().toString());
                }
                if (order.shippedAt() != null) {
                    body.put("shippedAt", order.shippedAt().toString());
                }
                if (order.paidFen() > 0) {
                    body.put("orderPaidFen", order.paidFen()); // the platform knows what the order cost
                }
                yield base + "/complaints";
            }
        };
        body.put("deliveries", p.deliveries());
        return switch (p.event()) {
            case REFUND_REQUESTED -> new Request("POST", path, body, 201);
            case COMPLAINT_FILED -> new Request("POST", path, body, 200, 201);
            default -> new Request("POST", path, body, 200);
        };
    }

    /** The buyer writes in the chat of {@code refundId} (scenario ID). */
    static Request buyer(BuyerStep b, String refundId, String platformPath, RunIds ids) {
        ObjectNode body = object();
        body.put("says", b.says().name());
        body.put("photos", b.photos());
        return new Request("POST", "/sandbox/platforms/" + platformPath + "/refunds/" + enc(ids.of(refundId))
                + "/buyer-messages", body, 200, 201);
    }

    /** A photo the warehouse staff attach to an inspection (the sandbox stores no images: any URL will do). */
    static String inspectionPhoto(String namespacedTrackingNo) {
        return "https://photos.sandbox.refundpilot.test/returns/" + enc(namespacedTrackingNo) + "/inspection-1.jpg";
    }

    /**
     * A warehouse step. VOID_FAILED is the ERP's (the sandbox arms it for the order's next void); the others are
     * the warehouse staff recording on warehouse-service's API: the arrival and the inspection of the return
     * parcel {@code trackingNo} (scenario ID; the inspection with the result, the units that came back —
     * {@code expectedQuantity} when the step names none — and a photo), the weight of {@code order}'s parcel.
     */
    static Request warehouse(WarehouseStep w, Order order, String trackingNo, int expectedQuantity, RunIds ids) {
        ObjectNode body = object();
        return switch (w.event()) {
            case VOID_FAILED -> {
                body.put("event", w.event().name());
                yield new Request("POST", "/sandbox/erp/orders/" + enc(ids.of(order.orderId())) + "/events", body, 200);
            }
            case RETURN_RECEIVED -> {
                body.put("receivedBy", RECEIVED_BY);
                yield new Request(Service.WAREHOUSE_SERVICE, "POST", "/api/returns/" + enc(ids.of(trackingNo))
                        + "/arrival", body, 200);
            }
            case INSPECTED -> {
                body.put("result", w.result().name());
                body.put("receivedQuantity", w.receivedQuantity() != null ? w.receivedQuantity() : expectedQuantity);
                body.putArray("photoUrls").add(inspectionPhoto(ids.of(trackingNo)));
                body.put("notes", "scenario inspection: " + w.result().name());
                yield new Request(Service.WAREHOUSE_SERVICE, "POST", "/api/returns/" + enc(ids.of(trackingNo))
                        + "/inspection", body, 200);
            }
            case PARCEL_WEIGHT -> {
                body.put("grams", w.grams());
                body.put("expectedGrams", w.expectedGrams());
                if (w.trackingNo() != null) {
                    body.put("trackingNo", ids.of(w.trackingNo()));
                }
                yield new Request(Service.WAREHOUSE_SERVICE, "POST", "/api/orders/" + enc(ids.of(order.orderId()))
                        + "/parcel-weight", body, 200);
            }
        };
    }

    /** Who the warehouse staff are in a scenario's arrivals. */
    static final String RECEIVED_BY = "scenario-warehouse";

    private static void putDeadline(ObjectNode body, String field, Duration value) {
        if (value != null) {
            body.put(field, value.toString());
        }
    }
}
