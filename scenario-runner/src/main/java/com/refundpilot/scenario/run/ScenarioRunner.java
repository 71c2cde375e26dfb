package com.refundpilot.scenario.run;

import static com.refundpilot.scenario.run.SystemHttp.at;
import static com.refundpilot.scenario.run.SystemHttp.enc;

import com.refundpilot.scenario.model.AgentAction;
import com.refundpilot.scenario.model.AgentStep;
import com.refundpilot.scenario.model.BuyerStep;
import com.refundpilot.scenario.model.ClockStep;
import com.refundpilot.scenario.model.CourierStep;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.PolicyOverrides;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.model.Shipment;
import com.refundpilot.scenario.model.Step;
import com.refundpilot.scenario.model.WarehouseStep;
import com.refundpilot.scenario.run.Observation.ActionSeen;
import com.refundpilot.scenario.run.Observation.CaseSeen;
import com.refundpilot.scenario.run.Observation.OrderSeen;
import com.refundpilot.scenario.run.Observation.PlatformActionSeen;
import com.refundpilot.scenario.run.Observation.PlatformRefundSeen;
import com.refundpilot.scenario.run.Observation.RefundSeen;
import com.refundpilot.scenario.run.Observation.TasksSeen;
import com.refundpilot.scenario.run.SystemHttp.Answer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays scenarios (docs/scenarios.md) against a running system and checks their expectations.
 *
 * <p>For each scenario: a fresh run token namespaces every shop, order, refund, complaint and tracking number
 * ({@code ID-<token>}); the clock is set to the scenario's start (or the system's now); the orders are put into
 * the sandbox ERP and their parcels into the sandbox courier; then for each step the clock moves to
 * {@code start + at} (steps at the same {@code at} do not move it), the system settles, the step is played,
 * the system settles. At the end the runner reads what the system and the outside world show (cases, the
 * platform's refunds, ERP and courier action logs, agent tasks) and checks {@code expect} and the invariants.
 *
 * <p>Steps played so far: platform REFUND_REQUESTED on TAOBAO/TMALL, courier events, clock-only steps. Any
 * other step, event or platform, and policy overrides, fail the scenario with "not supported yet: ..." before
 * anything reaches the system.
 *
 * <p>A scenario's problems (an HTTP error, the system not settling in time, a broken expectation) are its
 * failure, never an exception out of {@link #run}. The runner keeps no state between scenarios: all of a run's
 * state lives in the run, so scenarios could later run in parallel (each has its own IDs).
 */
public final class ScenarioRunner {

    /** How long the system may take to settle after a step, and an HTTP call to answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final ScenarioSystem system;
    private final Duration timeout;
    private final SystemHttp http;

    public ScenarioRunner(ScenarioSystem system) {
        this(system, DEFAULT_TIMEOUT);
    }

    public ScenarioRunner(ScenarioSystem system, Duration timeout) {
        this.system = Objects.requireNonNull(system, "system");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = new SystemHttp(timeout);
    }

    /** Runs the scenarios one after the other, in list order. */
    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        for (Scenario scenario : scenarios) {
            results.add(run(scenario));
        }
        return results;
    }

    /** Runs one scenario with fresh IDs. Never throws for a problem of the scenario or the system. */
    public ScenarioResult run(Scenario scenario) {
        return run(scenario, RunIds.fresh());
    }

    ScenarioResult run(Scenario scenario, RunIds ids) {
        long began = System.nanoTime();
        List<String> failures;
        try {
            List<String> problems = precheck(scenario);
            failures = problems.isEmpty() ? new Run(scenario, ids).play() : problems;
        } catch (ScenarioFailure e) {
            failures = List.of(e.getMessage());
        } catch (RuntimeException e) {
            failures = List.of("runner error: " + e);
        }
        List<String> mapped = failures.stream().map(ids::original).toList();
        return ScenarioResult.of(scenario.name(), scenario.source(), mapped, Duration.ofNanos(System.nanoTime() - began));
    }

    // ------------------------------------------------------------------ what can be played

    /**
     * Why the scenario cannot be played yet, before anything reaches the system: one "not supported yet: ..."
     * listing every unsupported step, event, platform or setting, and any step the runner cannot resolve.
     * Empty when it can be played.
     */
    static List<String> precheck(Scenario scenario) {
        List<String> unsupported = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            String where = "steps[" + i + "]";
            Step step = steps.get(i);
            if (step instanceof PlatformStep ps) {
                if (ps.event() != PlatformEvent.REFUND_REQUESTED) {
                    unsupported.add("platform event " + ps.event() + " (" + where + ")");
                } else {
                    Platform platform = scenario.order(ps.orderId()).map(Order::platform).orElse(null);
                    if (platformPath(platform) == null) {
                        unsupported.add("platform " + platform + " (" + where + ": REFUND_REQUESTED on order " + ps.orderId() + ")");
                    }
                }
            } else if (step instanceof CourierStep cs) {
                if (cs.trackingNo() == null) {
                    long parcels = scenario.orders().stream().filter(o -> o.shipment() != null).count();
                    if (parcels != 1) {
                        problems.add(where + ".courier: no trackingNo, and the scenario has " + parcels
                                + " outbound parcels: name the parcel");
                    }
                }
            } else if (step instanceof BuyerStep bs) {
                unsupported.add("buyer step (" + where + ": says " + bs.says() + ")");
            } else if (step instanceof WarehouseStep ws) {
                unsupported.add("warehouse event " + ws.event() + " (" + where + ")");
            } else if (step instanceof AgentStep as && as.action() != AgentAction.APPROVE) {
                unsupported.add("agent step (" + where + ": action " + as.action() + ")");
            }
        }
        List<String> all = new ArrayList<>();
        if (!unsupported.isEmpty()) {
            all.add("not supported yet: " + String.join("; ", unsupported));
        }
        all.addAll(problems);
        return all;
    }

    /** The sandbox platform a platform's refunds are played on, or null when there is none yet. */
    static String platformPath(Platform platform) {
        if (platform == null) {
            return null;
        }
        return switch (platform) {
            case TAOBAO, TMALL -> "taobao";
            default -> null;
        };
    }

    // ------------------------------------------------------------------ one run

    /** One scenario being played: all of its state. */
    private final class Run {

        private final Scenario scenario;
        private final RunIds ids;
        /** Per order (scenario IDs): the tracking numbers of its parcels, outbound first. */
        private final Map<String, Set<String>> parcels = new LinkedHashMap<>();
        /** Oddities seen while playing (a webhook push the system did not accept), added to a failed run's failures. */
        private final List<String> notes = new ArrayList<>();
        private Instant start;

        Run(Scenario scenario, RunIds ids) {
            this.scenario = scenario;
            this.ids = ids;
            for (Order o : scenario.orders()) {
                Set<String> own = new LinkedHashSet<>();
                if (o.shipment() != null) {
                    own.add(o.shipment().trackingNo());
                }
                parcels.put(o.orderId(), own);
            }
            for (Step step : scenario.steps()) {
                if (step instanceof CourierStep cs && cs.trackingNo() != null
                        && parcels.values().stream().noneMatch(s -> s.contains(cs.trackingNo()))) {
                    // a parcel no order ships (e.g. a return): it belongs to the only order, else to every order
                    parcels.values().forEach(s -> s.add(cs.trackingNo()));
                }
            }
        }

        List<String> play() {
            start = scenario.start().orElseGet(system::now);
            system.setClock(start);
            setUp();
            Instant clock = start;
            List<Step> steps = scenario.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                String what = describe(i, step);
                Instant when = start.plus(step.at());
                if (!when.equals(clock)) {
                    system.setClock(when);
                    clock = when;
                }
                settle("before " + what);
                if (!(step instanceof ClockStep)) {
                    perform(what, step);
                    settle("after " + what);
                }
            }
            List<String> failures = new ArrayList<>(ExpectationChecker.check(scenario.expectations(), observe()));
            if (!failures.isEmpty()) {
                failures.addAll(notes);
            }
            return failures;
        }

        private void settle(String when) {
            try {
                system.awaitQuiescence(timeout);
            } catch (RuntimeException e) {
                throw new ScenarioFailure("the system did not settle within " + timeout.toSeconds() + " s " + when + ": "
                        + e.getMessage(), e);
            }
        }

        private String describe(int i, Step step) {
            String what;
            if (step instanceof PlatformStep p) {
                what = "platform " + p.event() + " " + p.caseId();
            } else if (step instanceof CourierStep c) {
                what = "courier " + c.event() + " " + trackingNo(c);
            } else if (step instanceof ClockStep) {
                what = "clock";
            } else {
                what = step.actor();
            }
            return "steps[" + i + "] (at " + step.at() + ", " + what + ")";
        }

        // ---------------------------------------------------------------- setup

        private void setUp() {
            URI sandbox = system.sandboxUrl();
            applyPolicy();
            for (Order o : scenario.orders()) {
                ObjectNode erp = http.object();
                erp.put("platform", o.platform().name());
                erp.put("shopId", ids.of(o.shopId()));
                erp.put("fulfilment", o.fulfilment().name());
                erp.put("forceShip", o.forceShip());
                if (o.shipment() != null) {
                    erp.put("carrier", o.shipment().carrier());
                    erp.put("trackingNo", ids.of(o.shipment().trackingNo()));
                }
                call("setting up order " + o.orderId() + " in the ERP",
                        "PUT", at(sandbox, "/sandbox/erp/orders/" + enc(ids.of(o.orderId()))), erp, 200, 201);

                Shipment s = o.shipment();
                if (s != null) {
                    ObjectNode parcel = http.object();
                    parcel.put("carrier", s.carrier());
                    parcel.put("status", s.status().name());
                    Instant lastMoved = s.lastMovementAgo() == null ? start : start.minus(s.lastMovementAgo());
                    parcel.put("lastMovementAt", lastMoved.toString());
                    if (o.buyer() != null) {
                        parcel.put("province", o.buyer().province());
                        parcel.put("city", o.buyer().city());
                    }
                    call("setting up parcel " + s.trackingNo() + " at the courier",
                            "PUT", at(sandbox, "/sandbox/courier/shipments/" + enc(ids.of(s.trackingNo()))), parcel, 200, 201);
                }
            }
        }

        /** The scenario's policy overrides become each of its shops' own policy (the rest keep the defaults). */
        private void applyPolicy() {
            PolicyOverrides p = scenario.policy();
            if (p.isEmpty()) {
                return;
            }
            ObjectNode policy = http.object();
            if (p.highValueThresholdFen() != null) {
                policy.put("highValueThresholdFen", p.highValueThresholdFen());
            }
            if (p.decisionMargin() != null) {
                policy.put("decisionMargin", p.decisionMargin().toString());
            }
            if (p.lastResortMargin() != null) {
                policy.put("lastResortMargin", p.lastResortMargin().toString());
            }
            if (p.refundOn() != null) {
                policy.put("refundOn", p.refundOn().name());
            }
            if (p.labelPrintCutoff() != null) {
                policy.put("labelPrintCutoff", p.labelPrintCutoff().toString());
            }
            if (p.returnAddress() != null) {
                ObjectNode address = policy.putObject("returnAddress");
                address.put("province", p.returnAddress().province());
                address.put("city", p.returnAddress().city());
            }
            scenario.orders().stream().map(o -> o.platform().name() + "/" + enc(ids.of(o.shopId()))).distinct()
                    .forEach(shop -> call("setting the shop's policy " + shop, "PUT",
                            at(system.refundServiceUrl(), "/api/shops/" + shop + "/policy"), policy, 200));
        }

        // ---------------------------------------------------------------- steps

        private void perform(String what, Step step) {
            if (step instanceof PlatformStep p && p.event() == PlatformEvent.REFUND_REQUESTED) {
                refundRequested(what, p);
            } else if (step instanceof CourierStep c) {
                courierEvent(what, c);
            } else if (step instanceof AgentStep a) {
                agentActs(what, a);
            } else {
                throw new ScenarioFailure("not supported yet: " + what); // precheck keeps us from getting here
            }
        }

        private void refundRequested(String what, PlatformStep p) {
            Order order = order(p.orderId());
            int quantity = p.quantity() == null ? 1 : p.quantity();
            long amountFen = p.amountFen() != null ? p.amountFen()
                    : order.paidFen() * Math.min(quantity, order.quantity()) / order.quantity(); // EXCHANGE / RESHIP
            ObjectNode body = http.object();
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
            if (p.deadlineIn() != null) {
                body.put("deadlineIn", p.deadlineIn().toString());
            }
            body.put("deliveries", p.deliveries());
            String platform = platformPath(order.platform());
            Answer answer = call(what, "POST", at(system.sandboxUrl(), "/sandbox/platforms/" + platform + "/refunds"), body,
                    201);
            JsonNode pushes = answer.json() == null ? null : answer.json().get("pushes");
            if (pushes != null && pushes.isArray()) {
                for (JsonNode push : pushes) {
                    if (push.asInt(0) < 200 || push.asInt(0) > 299) {
                        notes.add("note: " + what + ": the platform's webhook pushes were answered " + pushes
                                + " (0: platform-adapter unreachable)");
                        break;
                    }
                }
            }
        }

        private void courierEvent(String what, CourierStep c) {
            ObjectNode body = http.object();
            body.put("event", c.event().name());
            if (c.location() != null) {
                body.put("province", c.location().province());
                body.put("city", c.location().city());
            }
            Answer answer = call(what, "POST", at(system.sandboxUrl(),
                    "/sandbox/courier/shipments/" + enc(ids.of(trackingNo(c))) + "/events"), body, 200);
            JsonNode pushStatus = answer.json() == null ? null : answer.json().get("pushStatus");
            if (pushStatus != null && pushStatus.isNumber() && (pushStatus.asInt() < 200 || pushStatus.asInt() > 299)) {
                notes.add("note: " + what + ": the courier's tracking push was answered " + pushStatus.asInt()
                        + " (0: logistics-service unreachable)");
            }
        }

        private String trackingNo(CourierStep c) {
            if (c.trackingNo() != null) {
                return c.trackingNo();
            }
            return scenario.orders().stream().map(Order::shipment).filter(Objects::nonNull).map(Shipment::trackingNo)
                    .findFirst().orElse("?");
        }

        /** A person acts on the first open task of the scenario's cases, as the desk's queue shows it. */
        private void agentActs(String what, AgentStep step) {
            for (PlatformStep raised : scenario.steps().stream().filter(PlatformStep.class::isInstance)
                    .map(PlatformStep.class::cast).filter(p -> p.event() == PlatformEvent.REFUND_REQUESTED).toList()) {
                Order o = order(raised.orderId());
                String caseId = caseIdOf(o, raised.refundId());
                Answer open = call(what + ": reading the open tasks", "GET", at(system.notificationServiceUrl(),
                        "/api/tasks?status=OPEN&caseId=" + enc(caseId)), null, 200);
                if (open.json() != null && open.json().isArray() && !open.json().isEmpty()) {
                    String taskId = open.json().get(0).get("taskId").asString();
                    ObjectNode action = http.object();
                    action.put("action", step.action().name());
                    if (step.amountFen() != null) {
                        action.put("amountFen", step.amountFen());
                    }
                    action.put("agent", "scenario-agent");
                    call(what + ": acting on task " + taskId, "POST", at(system.notificationServiceUrl(),
                            "/api/tasks/" + enc(taskId) + "/actions"), action, 200);
                    return;
                }
            }
            throw new ScenarioFailure(what + ": no open agent task to act on");
        }

        /** The case ID refund-service gives a refund of this order, in the run's namespaced IDs. */
        private String caseIdOf(Order order, String refundId) {
            return order.platform().name() + ":" + ids.of(order.shopId()) + ":" + ids.of(refundId);
        }

        private Order order(String orderId) {
            return scenario.order(orderId).orElseThrow(() -> new ScenarioFailure("no order " + orderId));
        }

        /** Sends a request; an answer with another status, or none, fails the scenario naming {@code what}. */
        private Answer call(String what, String method, URI uri, JsonNode body, int... statuses) {
            return expect(send(what, method, uri, body), what, statuses);
        }

        /** Sends a request; no answer fails the scenario naming {@code what}. */
        private Answer send(String what, String method, URI uri, JsonNode body) {
            try {
                return http.send(method, uri, body);
            } catch (ScenarioFailure e) {
                throw new ScenarioFailure(what + ": " + e.getMessage(), e);
            }
        }

        private Answer expect(Answer answer, String what, int... statuses) {
            if (!answer.is(statuses)) {
                throw new ScenarioFailure(what + ": " + answer.problem(who(answer.uri())));
            }
            return answer;
        }

        private String who(URI uri) {
            String u = uri.toString();
            if (u.startsWith(system.sandboxUrl().toString())) {
                return "sandbox";
            }
            if (u.startsWith(system.refundServiceUrl().toString())) {
                return "refund-service";
            }
            if (u.startsWith(system.notificationServiceUrl().toString())) {
                return "notification-service";
            }
            return uri.getHost();
        }

        // ---------------------------------------------------------------- observe

        private Observation observe() {
            List<OrderSeen> orders = new ArrayList<>();
            for (Order o : scenario.orders()) {
                List<ActionSeen> erp = actions("/sandbox/erp/orders/" + enc(ids.of(o.orderId())) + "/actions",
                        "reading the ERP's actions for " + o.orderId());
                Map<String, List<ActionSeen>> courier = new LinkedHashMap<>();
                for (String trackingNo : parcels.get(o.orderId())) {
                    courier.put(trackingNo, actions("/sandbox/courier/shipments/" + enc(ids.of(trackingNo)) + "/actions",
                            "reading the courier's actions for " + trackingNo));
                }
                orders.add(new OrderSeen(o.orderId(), o.paidFen(), erp, courier));
            }
            List<RefundSeen> refunds = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Step step : scenario.steps()) {
                if (step instanceof PlatformStep p && p.event() == PlatformEvent.REFUND_REQUESTED && seen.add(p.refundId())) {
                    Order order = order(p.orderId());
                    String caseId = caseIdOf(order, p.refundId());
                    JsonNode kase = readCase(caseId, order, p.refundId());
                    String actualCaseId = kase != null && kase.hasNonNull("caseId") ? kase.get("caseId").asString() : caseId;
                    refunds.add(new RefundSeen(p.refundId(), order.orderId(), kase == null ? null : caseSeen(kase),
                            readPlatformRefund(order, p.refundId()), readTasks(actualCaseId)));
                }
            }
            return new Observation(orders, refunds);
        }

        private List<ActionSeen> actions(String path, String what) {
            Answer a = send(what, "GET", at(system.sandboxUrl(), path), null);
            if (a.is(404)) {
                return List.of();
            }
            expect(a, what, 200);
            List<ActionSeen> actions = new ArrayList<>();
            for (JsonNode n : array(a, what)) {
                actions.add(new ActionSeen(text(n, "action"), !n.has("ok") || n.get("ok").asBoolean(true), text(n, "error")));
            }
            return actions;
        }

        /** The case by its ID; else (e.g. a TMALL order whose refund came in as TAOBAO) by the platform refund ID. */
        private JsonNode readCase(String caseId, Order order, String refundId) {
            String what = "reading the case of " + refundId;
            Answer a = send(what, "GET", at(system.refundServiceUrl(), "/api/cases/" + enc(caseId)), null);
            if (a.is(200)) {
                return a.json();
            }
            expect(a, what, 404);
            Answer search = send(what, "GET", at(system.refundServiceUrl(), "/api/cases?platformRefundId="
                    + enc(ids.of(refundId)) + "&shopId=" + enc(ids.of(order.shopId()))), null);
            if (search.is(200) && search.json() != null && search.json().isArray()) {
                if (search.json().size() > 1) {
                    throw new ScenarioFailure(what + ": refund-service has " + search.json().size() + " cases for it");
                }
                return search.json().isEmpty() ? null : search.json().get(0);
            }
            return null;
        }

        private CaseSeen caseSeen(JsonNode c) {
            List<String> rules = new ArrayList<>();
            if (c.has("decisions") && c.get("decisions").isArray()) {
                c.get("decisions").forEach(d -> rules.add(text(d, "ruleId")));
            } else if (c.has("rules") && c.get("rules").isArray()) {
                c.get("rules").forEach(r -> rules.add(r.asString()));
            }
            return new CaseSeen(ids.original(text(c, "caseId")), text(c, "state"), text(c, "outcome"),
                    c.path("refundedFen").asLong(0), rules);
        }

        private PlatformRefundSeen readPlatformRefund(Order order, String refundId) {
            String what = "reading the platform's refund " + refundId;
            Answer a = send(what, "GET", at(system.sandboxUrl(),
                    "/sandbox/platforms/" + platformPath(order.platform()) + "/refunds/" + enc(ids.of(refundId))), null);
            if (a.is(404)) {
                return null;
            }
            expect(a, what, 200);
            JsonNode r = a.json();
            if (r == null || !r.isObject()) {
                throw new ScenarioFailure(what + ": not a JSON object: " + a.body());
            }
            List<PlatformActionSeen> actions = new ArrayList<>();
            r.path("actions").forEach(n -> actions.add(new PlatformActionSeen(text(n, "action"), n.path("amountFen").asLong(0))));
            return new PlatformRefundSeen(text(r, "status"), r.path("autoRefunded").asBoolean(false),
                    r.path("refundedFen").asLong(0), actions, r.path("buyerMessages").size());
        }

        private TasksSeen readTasks(String caseId) {
            Answer a;
            try {
                a = http.get(at(system.notificationServiceUrl(), "/api/tasks?caseId=" + enc(caseId)));
            } catch (ScenarioFailure e) {
                return TasksSeen.unreadable(e.getMessage());
            }
            if (!a.is(200) || a.json() == null || !a.json().isArray()) {
                return TasksSeen.unreadable(a.is(200) ? "not a JSON array: " + a.body() : a.problem("notification-service"));
            }
            List<String> rules = new ArrayList<>();
            a.json().forEach(t -> rules.add(text(t, "ruleId")));
            return TasksSeen.of(rules);
        }

        private JsonNode array(Answer a, String what) {
            if (a.json() == null || !a.json().isArray()) {
                throw new ScenarioFailure(what + ": expected a JSON array, got: " + a.body());
            }
            return a.json();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
