package com.refundpilot.scenario.parse;

import static com.refundpilot.scenario.parse.Tree.child;
import static com.refundpilot.scenario.parse.Tree.index;
import static com.refundpilot.scenario.parse.Tree.joined;

import com.refundpilot.scenario.model.Action;
import com.refundpilot.scenario.model.Address;
import com.refundpilot.scenario.model.AgentAction;
import com.refundpilot.scenario.model.AgentStep;
import com.refundpilot.scenario.model.BuyerSays;
import com.refundpilot.scenario.model.BuyerStep;
import com.refundpilot.scenario.model.ClockStep;
import com.refundpilot.scenario.model.ComplaintKind;
import com.refundpilot.scenario.model.CourierAction;
import com.refundpilot.scenario.model.CourierStep;
import com.refundpilot.scenario.model.Expectation;
import com.refundpilot.scenario.model.Expectations;
import com.refundpilot.scenario.model.Fulfilment;
import com.refundpilot.scenario.model.InspectionResult;
import com.refundpilot.scenario.model.Item;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.Outcome;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.PlatformAction;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.PolicyOverrides;
import com.refundpilot.scenario.model.Reason;
import com.refundpilot.scenario.model.ReportExpectation;
import com.refundpilot.scenario.model.ReportFigure;
import com.refundpilot.scenario.model.RefundOn;
import com.refundpilot.scenario.model.RequestType;
import com.refundpilot.scenario.model.RuleId;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.model.Shipment;
import com.refundpilot.scenario.model.Step;
import com.refundpilot.scenario.model.SystemStep;
import com.refundpilot.scenario.model.TrackingEvent;
import com.refundpilot.scenario.model.Verdict;
import com.refundpilot.scenario.model.WarehouseAction;
import com.refundpilot.scenario.model.WarehouseEvent;
import com.refundpilot.scenario.model.WarehouseStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Maps one parsed document to a {@link Scenario}, checking it against docs/scenarios.md. */
final class ScenarioReader {

    static final List<String> TOP_KEYS = List.of("name", "policy", "start", "order", "orders", "steps", "expect");
    static final List<String> POLICY_KEYS = List.of(
            "highValueThresholdFen", "decisionMargin", "lastResortMargin", "refundOn", "labelPrintCutoff", "returnAddress");
    static final List<String> ORDER_KEYS = List.of(
            "platform", "shopId", "orderId", "paidFen", "quantity", "item", "fulfilment", "forceShip", "shipment", "buyer",
            "promisedShipBy", "shippedAt");
    static final List<String> SHIPMENT_KEYS = List.of("carrier", "trackingNo", "status", "lastMovementAgo");
    static final List<String> ADDRESS_KEYS = List.of("province", "city");
    /** Actor keys of a step; {@code system} is this project's extension of the format (restarts, for DL-4). */
    static final List<String> ACTORS = List.of("platform", "courier", "buyer", "warehouse", "agent", "system");
    static final List<String> STEP_KEYS = Stream.concat(Stream.of("at"), ACTORS.stream()).toList();
    static final List<String> PLATFORM_KEYS = List.of(
            "event", "orderId", "refundId", "complaintId", "type", "reason", "amountFen", "quantity", "deadlineIn",
            "carrier", "trackingNo", "evidenceDeadlineIn", "for", "kind", "deliveries");
    static final List<String> COURIER_KEYS = List.of("event", "trackingNo", "location");
    static final List<String> BUYER_KEYS = List.of("says", "photos");
    static final List<String> WAREHOUSE_KEYS =
            List.of("event", "trackingNo", "result", "receivedQuantity", "grams", "expectedGrams");
    static final List<String> AGENT_KEYS = List.of("action", "amountFen");
    static final List<String> SYSTEM_KEYS = List.of("restart");

    /** Keys each platform event may carry, besides event, orderId and deliveries. */
    static final Map<PlatformEvent, List<String>> PLATFORM_EVENT_KEYS = new EnumMap<>(PlatformEvent.class);

    static {
        PLATFORM_EVENT_KEYS.put(PlatformEvent.REFUND_REQUESTED,
                List.of("refundId", "type", "reason", "amountFen", "quantity", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.REFUND_MODIFIED,
                List.of("refundId", "type", "reason", "amountFen", "quantity", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.RETURN_SHIPPED, List.of("refundId", "carrier", "trackingNo", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.BUYER_CANCELLED, List.of("refundId"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.NEGOTIATION_ACCEPTED, List.of("refundId", "type", "amountFen", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.NEGOTIATION_REJECTED, List.of("refundId", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.PLATFORM_INTERVENED,
                List.of("refundId", "complaintId", "evidenceDeadlineIn", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.PLATFORM_VERDICT, List.of("refundId", "complaintId", "for"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.COMPLAINT_FILED, List.of("complaintId", "kind", "deadlineIn"));
        PLATFORM_EVENT_KEYS.put(PlatformEvent.DEADLINE_CHANGED, List.of("refundId", "complaintId", "deadlineIn"));
    }

    /** Keys each warehouse event may carry, besides event. */
    static final Map<WarehouseEvent, List<String>> WAREHOUSE_EVENT_KEYS = new EnumMap<>(WarehouseEvent.class);

    static {
        WAREHOUSE_EVENT_KEYS.put(WarehouseEvent.RETURN_RECEIVED, List.of("trackingNo"));
        WAREHOUSE_EVENT_KEYS.put(WarehouseEvent.INSPECTED, List.of("result", "receivedQuantity", "trackingNo"));
        WAREHOUSE_EVENT_KEYS.put(WarehouseEvent.VOID_FAILED, List.of());
        WAREHOUSE_EVENT_KEYS.put(WarehouseEvent.PARCEL_WEIGHT, List.of("grams", "expectedGrams", "trackingNo"));
    }

    private final Tree tree;

    /** Orders by ID, in file order. */
    private final Map<String, Order> orders = new LinkedHashMap<>();
    /** Raised refund ID → its order ID. */
    private final Map<String, String> refunds = new LinkedHashMap<>();
    /** Raised complaint ID → its order ID. */
    private final Map<String, String> complaints = new LinkedHashMap<>();
    /** Where each refund / complaint was raised (a step path). */
    private final Map<String, String> raisedAt = new LinkedHashMap<>();

    ScenarioReader(Tree tree) {
        this.tree = tree;
    }

    Scenario read(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw tree.error("", "empty file: expected a scenario mapping (name, order, steps, expect)");
        }
        if (!root.isObject()) {
            throw tree.error("", "expected a mapping at the top level (name, order, steps, expect), got "
                    + Tree.describe(root));
        }
        Tree.Obj top = tree.object(root, "", TOP_KEYS);
        top.require("name");
        if (top.has("order") && top.has("orders")) {
            throw tree.error("orders", "give either order (one order) or orders (a list), not both");
        }
        if (!top.has("order") && !top.has("orders")) {
            top.require(top.get("orders") != null ? "orders" : "order", "order, or orders for several orders");
        }
        top.require("steps");
        top.require("expect");

        String name = top.req("name", tree::text);
        PolicyOverrides policy = top.opt("policy", this::policy, PolicyOverrides.NONE);
        Instant start = top.opt("start", tree::instant);
        if (top.has("order")) {
            if (top.get("order").isArray()) {
                throw tree.error("order", "expected a mapping, got a list (several orders go under orders:)");
            }
            addOrder(order(top.get("order"), "order"), "order");
        } else {
            List<JsonNode> list = tree.list(top.get("orders"), "orders");
            if (list.isEmpty()) {
                throw tree.error("orders", "must contain at least one order");
            }
            for (int i = 0; i < list.size(); i++) {
                addOrder(order(list.get(i), index("orders", i)), index("orders", i));
            }
        }
        List<Step> steps = steps(top.get("steps"));
        Expectations expectations = expectations(top.get("expect"));
        return new Scenario(name, policy, Optional.ofNullable(start), List.copyOf(orders.values()), steps,
                expectations, tree.file);
    }

    // ---------------------------------------------------------------- policy

    private PolicyOverrides policy(JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, POLICY_KEYS);
        Long threshold = o.opt("highValueThresholdFen", tree::amount);
        Duration decision = o.opt("decisionMargin", tree::duration);
        Duration lastResort = o.opt("lastResortMargin", tree::duration);
        RefundOn refundOn = o.optEnum("refundOn", RefundOn.class);
        var cutoff = o.opt("labelPrintCutoff", tree::timeOfDay);
        Address returnAddress = o.opt("returnAddress", this::address);
        if (decision != null && lastResort != null && lastResort.compareTo(decision) > 0) {
            throw tree.error(o.path("lastResortMargin"), "the last resort (" + lastResort
                    + ") must not come before the decision margin (" + decision + "): lastResortMargin <= decisionMargin");
        }
        return new PolicyOverrides(threshold, decision, lastResort, refundOn, cutoff, returnAddress);
    }

    private Address address(JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, ADDRESS_KEYS);
        return new Address(o.req("province", tree::text), o.opt("city", tree::text));
    }

    /** A courier scan location: {province, city}, or the text "province/city" or "province city". */
    private Address location(JsonNode node, String path) {
        if (node != null && node.isString()) {
            String[] parts = tree.text(node, path).trim().split("\\s*/\\s*|\\s+", 2);
            return new Address(parts[0], parts.length > 1 && !parts[1].isBlank() ? parts[1] : null);
        }
        return address(node, path);
    }

    // ---------------------------------------------------------------- orders

    private Order order(JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, ORDER_KEYS);
        Platform platform = o.reqEnum("platform", Platform.class);
        String shopId = o.req("shopId", tree::id);
        String orderId = o.req("orderId", tree::id);
        long paidFen = o.req("paidFen", tree::amount);
        int quantity = o.opt("quantity", (n, p) -> tree.count(n, p, 1), 1);
        Item item = o.opt("item", this::item, Item.NONE);
        Fulfilment fulfilment = o.reqEnum("fulfilment", Fulfilment.class);
        boolean forceShip = o.opt("forceShip", tree::bool, false);
        Shipment shipment = o.opt("shipment", this::shipment);
        Address buyer = o.opt("buyer", this::address);
        Instant promisedShipBy = o.opt("promisedShipBy", tree::instant);
        Instant shippedAt = o.opt("shippedAt", tree::instant);
        return new Order(platform, shopId, orderId, paidFen, quantity, item, fulfilment, forceShip, shipment, buyer,
                promisedShipBy, shippedAt);
    }

    private void addOrder(Order order, String path) {
        if (orders.containsKey(order.orderId())) {
            throw tree.error(child(path, "orderId"), "duplicate order ID '" + order.orderId() + "'");
        }
        orders.put(order.orderId(), order);
    }

    private Item item(JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, null); // extra keys are allowed under item
        Map<String, Object> extra = new LinkedHashMap<>();
        Set<String> known = Set.of("sku", "style", "color", "size", "customMade", "perishable", "productionStarted");
        for (var e : node.properties()) {
            if (!known.contains(e.getKey())) {
                extra.put(e.getKey(), Tree.plain(e.getValue()));
            }
        }
        return new Item(
                o.opt("sku", tree::id),
                o.opt("style", tree::id),
                o.opt("color", tree::id),
                o.opt("size", tree::id),
                o.opt("customMade", tree::bool, false),
                o.opt("perishable", tree::bool, false),
                o.opt("productionStarted", tree::bool, false),
                extra);
    }

    private Shipment shipment(JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, SHIPMENT_KEYS);
        return new Shipment(
                o.req("carrier", tree::id),
                o.req("trackingNo", tree::id),
                o.reqEnum("status", TrackingEvent.class),
                o.opt("lastMovementAgo", tree::duration));
    }

    // ---------------------------------------------------------------- steps

    private List<Step> steps(JsonNode node) {
        List<JsonNode> nodes = tree.list(node, "steps");
        if (nodes.isEmpty()) {
            throw tree.error("steps", "must contain at least one step");
        }
        List<Step> steps = new ArrayList<>(nodes.size());
        Duration previous = Duration.ZERO;
        for (int i = 0; i < nodes.size(); i++) {
            String path = index("steps", i);
            Tree.Obj o = tree.object(nodes.get(i), path, STEP_KEYS);
            Duration at = o.req("at", tree::duration);
            if (at.compareTo(previous) < 0) {
                throw tree.error(o.path("at"), at + " is earlier than the previous step (" + previous
                        + "): steps must be in time order");
            }
            previous = at;
            List<String> actors = o.present(ACTORS);
            if (actors.size() > 1) {
                throw tree.error(path, "more than one actor (" + joined(actors) + "): a step has at most one of "
                        + joined(ACTORS) + "; split it into several steps at the same time");
            }
            for (String actor : ACTORS) {
                if (o.get(actor) != null && o.get(actor).isNull()) {
                    throw tree.error(o.path(actor), "missing value: expected a mapping");
                }
            }
            Step step;
            if (actors.isEmpty()) {
                step = new ClockStep(at);
            } else {
                String actor = actors.get(0);
                JsonNode body = o.get(actor);
                String p = o.path(actor);
                step = switch (actor) {
                    case "platform" -> platform(at, body, p);
                    case "courier" -> courier(at, body, p);
                    case "buyer" -> buyer(at, body, p);
                    case "warehouse" -> warehouse(at, body, p);
                    case "agent" -> agent(at, body, p);
                    case "system" -> system(at, body, p);
                    default -> throw new IllegalStateException(actor);
                };
            }
            steps.add(step);
        }
        return steps;
    }

    private PlatformStep platform(Duration at, JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, PLATFORM_KEYS);
        PlatformEvent event = o.reqEnum("event", PlatformEvent.class);
        List<String> allowed = new ArrayList<>(List.of("event", "orderId", "deliveries"));
        allowed.addAll(PLATFORM_EVENT_KEYS.get(event));
        o.onlyAllowed(allowed, "for event " + event);

        String orderId = o.opt("orderId", tree::id);
        if (orderId == null) {
            if (orders.size() > 1) {
                o.require("orderId", "the scenario has several orders (" + joined(orders.keySet())
                        + "), so a platform step names its order");
            }
            orderId = orders.keySet().iterator().next();
        } else if (!orders.containsKey(orderId)) {
            throw tree.error(o.path("orderId"), "unknown order '" + orderId + "' (the scenario's orders: "
                    + joined(orders.keySet()) + ")");
        }
        int deliveries = o.opt("deliveries", (n, p) -> tree.count(n, p, 1), 1);

        String refundId = null;
        String complaintId = null;
        switch (event) {
            case COMPLAINT_FILED -> complaintId = o.req("complaintId", tree::id);
            case PLATFORM_INTERVENED, PLATFORM_VERDICT, DEADLINE_CHANGED -> {
                if (o.has("refundId") && o.has("complaintId")) {
                    throw tree.error(o.path("complaintId"), "give refundId or complaintId, not both");
                }
                if (o.has("complaintId")) {
                    complaintId = o.req("complaintId", tree::id);
                } else {
                    refundId = o.req("refundId", tree::id);
                }
            }
            default -> refundId = o.req("refundId", tree::id);
        }

        RequestType type = o.optEnum("type", RequestType.class);
        Reason reason = o.optEnum("reason", Reason.class);
        Long amountFen = o.opt("amountFen", tree::amount);
        Integer quantity = o.opt("quantity", (n, p) -> tree.count(n, p, 1));
        Duration deadlineIn = o.opt("deadlineIn", tree::duration);
        String carrier = o.opt("carrier", tree::id);
        String trackingNo = o.opt("trackingNo", tree::id);
        Duration evidenceDeadlineIn = o.opt("evidenceDeadlineIn", tree::duration);
        Verdict verdict = o.optEnum("for", Verdict.class);
        ComplaintKind kind = o.optEnum("kind", ComplaintKind.class);

        switch (event) {
            case REFUND_REQUESTED -> {
                o.require("type");
                o.require("reason");
                if (type == RequestType.REFUND_ONLY || type == RequestType.RETURN_AND_REFUND) {
                    o.require("amountFen", "a " + type + " request names its amount");
                }
            }
            case REFUND_MODIFIED -> {
                if (type == null && reason == null && amountFen == null && quantity == null) {
                    throw tree.error(path, "REFUND_MODIFIED needs what changed: at least one of type, reason, amountFen, quantity");
                }
            }
            case RETURN_SHIPPED -> {
                o.require("carrier");
                o.require("trackingNo");
            }
            case PLATFORM_VERDICT -> o.require("for");
            case COMPLAINT_FILED -> o.require("kind");
            case DEADLINE_CHANGED -> o.require("deadlineIn");
            default -> { }
        }

        checkCase(event, orderId, refundId, complaintId, o);
        return new PlatformStep(at, event, orderId, refundId, complaintId, type, reason, amountFen, quantity, deadlineIn,
                carrier, trackingNo, evidenceDeadlineIn, verdict, kind, deliveries);
    }

    /** Refund and complaint IDs: raised before use, and always on the same order. */
    private void checkCase(PlatformEvent event, String orderId, String refundId, String complaintId, Tree.Obj o) {
        boolean complaint = complaintId != null;
        String id = complaint ? complaintId : refundId;
        String idKey = complaint ? "complaintId" : "refundId";
        Map<String, String> raised = complaint ? complaints : refunds;
        Map<String, String> other = complaint ? refunds : complaints;
        String noun = complaint ? "complaint" : "refund";
        boolean raises = event == PlatformEvent.REFUND_REQUESTED || event == PlatformEvent.COMPLAINT_FILED;

        if (other.containsKey(id)) {
            throw tree.error(o.path(idKey), "'" + id + "' is already a " + (complaint ? "refund" : "complaint")
                    + " ID (" + raisedAt.get(id) + "); refund and complaint IDs must differ");
        }
        String ownOrder = raised.get(id);
        if (ownOrder == null) {
            if (!raises) {
                String raiser = complaint ? "COMPLAINT_FILED" : "REFUND_REQUESTED";
                throw tree.error(o.path(idKey), "no earlier " + raiser + " step raises " + noun + " '" + id + "' ("
                        + (raised.isEmpty() ? "none raised so far" : "raised so far: " + joined(raised.keySet())) + ")");
            }
            raised.put(id, orderId);
            raisedAt.put(id, o.path);
        } else if (!ownOrder.equals(orderId)) {
            String key = o.has("orderId") ? o.path("orderId") : o.path(idKey);
            throw tree.error(key, noun + " '" + id + "' belongs to order " + ownOrder + " (raised at " + raisedAt.get(id)
                    + "), not " + orderId);
        }
    }

    private CourierStep courier(Duration at, JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, COURIER_KEYS);
        return new CourierStep(at, o.reqEnum("event", TrackingEvent.class), o.opt("trackingNo", tree::id),
                o.opt("location", this::location));
    }

    private BuyerStep buyer(Duration at, JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, BUYER_KEYS);
        return new BuyerStep(at, o.reqEnum("says", BuyerSays.class), o.opt("photos", tree::bool, false));
    }

    private WarehouseStep warehouse(Duration at, JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, WAREHOUSE_KEYS);
        WarehouseEvent event = o.reqEnum("event", WarehouseEvent.class);
        List<String> allowed = new ArrayList<>(List.of("event"));
        allowed.addAll(WAREHOUSE_EVENT_KEYS.get(event));
        o.onlyAllowed(allowed, "for event " + event);
        switch (event) {
            case INSPECTED -> o.require("result");
            case PARCEL_WEIGHT -> {
                o.require("grams");
                o.require("expectedGrams");
            }
            default -> { }
        }
        return new WarehouseStep(at, event,
                o.opt("trackingNo", tree::id),
                o.optEnum("result", InspectionResult.class),
                o.opt("receivedQuantity", (n, p) -> tree.count(n, p, 0)),
                o.opt("grams", (n, p) -> tree.wholeNumber(n, p, 0, "grams")),
                o.opt("expectedGrams", (n, p) -> tree.wholeNumber(n, p, 0, "grams")));
    }

    private AgentStep agent(Duration at, JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, AGENT_KEYS);
        AgentAction action = o.reqEnum("action", AgentAction.class);
        if (action == AgentAction.REFUSE) {
            o.onlyAllowed(List.of("action"), "for action REFUSE");
        }
        return new AgentStep(at, action, o.opt("amountFen", tree::amount));
    }

    private SystemStep system(Duration at, JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, SYSTEM_KEYS);
        String service = o.req("restart", tree::text).trim();
        List<String> names = new ArrayList<>(SystemStep.SERVICES);
        names.add(SystemStep.ALL);
        if (!names.contains(service)) {
            String why = service.equals("sandbox")
                    ? "the sandbox is the outside world (platforms, courier, ERP), not a service of the system; "
                    : "";
            throw tree.error(o.path("restart"), why + "unknown service '" + service + "' (expected one of "
                    + joined(names) + ")" + Tree.didYouMean(service, names));
        }
        return new SystemStep(at, service);
    }

    // ---------------------------------------------------------------- expectations

    /**
     * {@code expect} holds either expectation keys (one block) or refund / complaint IDs raised by
     * the steps (one block each). Each key is classified: a raised ID is a case, a name of
     * {@link Expectation#KEYS} is an expectation key, anything else is an error; the two kinds
     * cannot be mixed, and one block for several raised cases is ambiguous. Either kind may sit beside
     * {@code report:} (this project's extension: the shop's daily report), unless a step raises a case called
     * "report" (then that key is the case's block, as the format says).
     */
    private Expectations expectations(JsonNode node) {
        Tree.Obj o = tree.object(node, "expect", null);
        Set<String> cases = new LinkedHashSet<>(refunds.keySet());
        cases.addAll(complaints.keySet());
        boolean reportIsExtension = !cases.contains(ReportExpectation.KEY);
        List<String> keys = new ArrayList<>(node.propertyNames());
        if (reportIsExtension) {
            keys.remove(ReportExpectation.KEY);
        }
        List<String> flatKeys = new ArrayList<>(Expectation.KEYS);
        if (reportIsExtension) {
            flatKeys.add(ReportExpectation.KEY);
        }
        boolean anyCase = keys.stream().anyMatch(cases::contains);
        boolean anyFlat = keys.stream().anyMatch(k -> !cases.contains(k) && Expectation.KEYS.contains(k));
        for (String key : keys) {
            if (!cases.contains(key) && !Expectation.KEYS.contains(key)) {
                if (anyCase) {
                    throw tree.error(o.path(key), "no step raises a refund or complaint '" + key + "' (raised: "
                            + joined(cases) + ")" + Tree.didYouMean(key, cases));
                }
                List<String> candidates = new ArrayList<>(flatKeys);
                candidates.addAll(cases);
                throw tree.error(o.path(key), "unknown key: neither an expectation key (" + joined(flatKeys)
                        + ") nor a refund or complaint ID raised by the steps ("
                        + (cases.isEmpty() ? "none" : joined(cases)) + ")" + Tree.didYouMean(key, candidates));
            }
        }
        if (anyCase && anyFlat) {
            String first = keys.get(0);
            boolean firstIsCase = cases.contains(first);
            String odd = keys.stream().filter(k -> cases.contains(k) != firstIsCase).findFirst().orElseThrow();
            throw tree.error(o.path(odd), "expect mixes expectation keys and per-case blocks: write either one block "
                    + "(outcome: ...) or one block per refund/complaint (" + joined(cases) + ": {outcome: ...})");
        }
        ReportExpectation report = reportIsExtension && o.has(ReportExpectation.KEY)
                ? report(o.get(ReportExpectation.KEY), o.path(ReportExpectation.KEY)) : null;
        if (anyCase) {
            Map<String, Expectation> byCase = new LinkedHashMap<>();
            for (String key : keys) {
                JsonNode block = o.get(key);
                byCase.put(key, block == null || block.isNull() ? Expectation.NONE : expectation(block, o.path(key)));
            }
            return new Expectations.PerCase(byCase, report);
        }
        if (anyFlat && cases.size() > 1) {
            throw tree.error("expect", "the steps raise several refunds/complaints (" + joined(cases)
                    + "): map each ID to its own block, e.g. expect: {" + cases.iterator().next() + ": {outcome: ...}, ...}");
        }
        JsonNode block = node;
        if (reportIsExtension && node.has(ReportExpectation.KEY)) {
            ObjectNode rest = ((ObjectNode) node).deepCopy();
            rest.remove(ReportExpectation.KEY);
            block = rest;
        }
        return new Expectations.Whole(expectation(block, "expect"), report);
    }

    // ---------------------------------------------------------------- expect.report (extension, RP-3)

    /** {@code expect.report}: which shop's report of which day, and the figures it must show. */
    private ReportExpectation report(JsonNode node, String path) {
        Tree.Obj o = tree.object(node, path, ReportExpectation.KEYS);
        LocalDate date = o.opt("date", tree::date);
        Map<String, Set<Platform>> shops = new LinkedHashMap<>();
        for (Order order : orders.values()) {
            shops.computeIfAbsent(order.shopId(), k -> new LinkedHashSet<>()).add(order.platform());
        }
        String shopId = o.opt("shopId", tree::id);
        if (shopId == null) {
            if (shops.size() > 1) {
                throw tree.error(path, "the scenario has several shops (" + joined(shops.keySet())
                        + "): name the report's shop with shopId");
            }
            shopId = shops.keySet().iterator().next();
        } else if (!shops.containsKey(shopId)) {
            throw tree.error(o.path("shopId"), "unknown shop '" + shopId + "' (the scenario's shops: "
                    + joined(shops.keySet()) + ")" + Tree.didYouMean(shopId, shops.keySet()));
        }
        Platform platform = o.optEnum("platform", Platform.class);
        if (platform == null) {
            Set<Platform> platforms = shops.get(shopId);
            if (platforms.size() > 1) {
                throw tree.error(path, "shop " + shopId + " has orders on several platforms (" + joined(platforms)
                        + "): name the report's platform");
            }
            platform = platforms.iterator().next();
        }
        Map<ReportFigure, Object> figures = new EnumMap<>(ReportFigure.class);
        for (ReportFigure figure : ReportFigure.values()) {
            Object value = o.opt(figure.key(), (n, p) -> switch (figure.kind()) {
                case COUNT -> (Object) (long) tree.count(n, p, 0);
                case FEN -> tree.amount(n, p);
                case RATE -> tree.rate(n, p);
                case DURATION -> tree.duration(n, p);
            });
            if (value != null) {
                figures.put(figure, value);
            }
        }
        Boolean supervisorMessage = o.opt("supervisorMessage", tree::bool);
        if (figures.isEmpty() && supervisorMessage == null) {
            throw tree.error(path, "nothing to check: give at least one figure (" + joined(ReportFigure.keys())
                    + ") or supervisorMessage");
        }
        return new ReportExpectation(date, shopId, platform, figures, supervisorMessage);
    }

    private Expectation expectation(JsonNode node, String path) {
        if (node != null && node.isObject() && node.has(ReportExpectation.KEY)) {
            throw tree.error(child(path, ReportExpectation.KEY), "the daily report is per shop, not per case: put "
                    + "report: at the top level of expect, beside the per-case blocks");
        }
        Tree.Obj o = tree.object(node, path, Expectation.KEYS);
        Outcome outcome = o.optEnum("outcome", Outcome.class);
        Long refundedFen = o.opt("refundedFen", tree::amount);
        List<RuleId> rules = o.opt("rules", (n, p) -> tree.listOf(n, p, this::ruleId));
        List<RuleId> forbidRules = o.opt("forbidRules", (n, p) -> tree.listOf(n, p, this::ruleId));
        List<PlatformAction> platformActions =
                o.opt("platformActions", (n, p) -> tree.listOf(n, p, (e, q) -> tree.enumValue(e, q, PlatformAction.class)));
        List<CourierAction> courierActions =
                o.opt("courierActions", (n, p) -> tree.listOf(n, p, (e, q) -> tree.enumValue(e, q, CourierAction.class)));
        List<WarehouseAction> warehouseActions = o.opt("warehouseActions",
                (n, p) -> tree.listOf(n, p, (e, q) -> tree.enumValue(e, q, WarehouseAction.class)));
        List<Action> forbid = o.opt("forbid", (n, p) -> tree.listOf(n, p, this::action));
        Integer buyerMessages = o.opt("buyerMessages", (n, p) -> tree.count(n, p, 0));
        Integer agentTasks = o.opt("agentTasks", (n, p) -> tree.count(n, p, 0));
        Boolean autoRefunded = o.opt("autoRefundedByPlatform", tree::bool);
        String state = o.opt("state", tree::text);
        if (state != null && outcome != null && outcome != Outcome.WAITING) {
            throw tree.error(o.path("state"), "a waiting state goes with outcome WAITING, not " + outcome);
        }
        if (outcome == Outcome.AUTO_REFUNDED_BY_PLATFORM && Boolean.FALSE.equals(autoRefunded)) {
            throw tree.error(o.path("autoRefundedByPlatform"), "false contradicts outcome AUTO_REFUNDED_BY_PLATFORM");
        }
        return new Expectation(outcome, refundedFen, rules, forbidRules, platformActions, courierActions,
                warehouseActions, forbid, buyerMessages, agentTasks, autoRefunded, state);
    }

    private RuleId ruleId(JsonNode node, String path) {
        String text = tree.text(node, path);
        try {
            return RuleId.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw tree.error(path, e.getMessage());
        }
    }

    private static final List<Action> ALL_ACTIONS = Stream.of(
                    Arrays.stream(PlatformAction.values()), Arrays.stream(CourierAction.values()),
                    Arrays.stream(WarehouseAction.values()))
            .flatMap(s -> s.map(a -> (Action) a))
            .toList();

    private Action action(JsonNode node, String path) {
        List<String> names = ALL_ACTIONS.stream().map(Action::name).toList();
        if (node == null || !node.isString()) {
            throw tree.error(path, "expected a platform, courier or warehouse action, got " + Tree.describe(node));
        }
        String s = node.stringValue();
        return ALL_ACTIONS.stream().filter(a -> a.name().equals(s)).findFirst().orElseThrow(() -> tree.error(path,
                "unknown value '" + s + "' (expected one of " + String.join(", ", names) + ")" + Tree.didYouMean(s, names)));
    }
}
