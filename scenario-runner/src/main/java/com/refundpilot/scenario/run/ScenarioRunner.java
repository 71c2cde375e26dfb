package com.refundpilot.scenario.run;

import static com.refundpilot.scenario.run.SystemHttp.at;
import static com.refundpilot.scenario.run.SystemHttp.enc;

import com.refundpilot.scenario.model.Address;
import com.refundpilot.scenario.model.AgentStep;
import com.refundpilot.scenario.model.BuyerStep;
import com.refundpilot.scenario.model.ClockStep;
import com.refundpilot.scenario.model.CourierStep;
import com.refundpilot.scenario.model.Item;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.PolicyOverrides;
import com.refundpilot.scenario.model.ReportExpectation;
import com.refundpilot.scenario.model.ReportFigure;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.model.Shipment;
import com.refundpilot.scenario.model.Step;
import com.refundpilot.scenario.model.SystemStep;
import com.refundpilot.scenario.model.WarehouseEvent;
import com.refundpilot.scenario.model.WarehouseStep;
import com.refundpilot.scenario.run.Observation.ActionSeen;
import com.refundpilot.scenario.run.Observation.CaseSeen;
import com.refundpilot.scenario.run.Observation.DecisionSeen;
import com.refundpilot.scenario.run.Observation.OrderSeen;
import com.refundpilot.scenario.run.Observation.PlatformActionSeen;
import com.refundpilot.scenario.run.Observation.PlatformRefundSeen;
import com.refundpilot.scenario.run.Observation.RefundSeen;
import com.refundpilot.scenario.run.Observation.ReportSeen;
import com.refundpilot.scenario.run.Observation.TasksSeen;
import com.refundpilot.scenario.run.SystemHttp.Answer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays scenarios (docs/scenarios.md) against a running system and checks their expectations.
 *
 * <p>For each scenario: a fresh run token namespaces every shop, order, refund, complaint and tracking number
 * ({@code ID-<token>}); the clock is set to the scenario's start (or the system's now); each shop gets its policy
 * and its label print batch, the orders go into the sandbox ERP (consignee, item, weight) and their parcels to the
 * sandbox courier (destination = the buyer's address); then for each step the clock moves to {@code start + at}
 * (steps at the same {@code at} do not move it), the system settles, the step is played on the sandbox's control
 * APIs (a {@code system} step restarts services instead), the system settles. At the end the runner reads what
 * the system and the outside world show (cases, the platform's refunds and complaints, ERP and courier action
 * logs, agent tasks, and the shop's RP-3 daily report when {@code expect.report} asks for it) and checks
 * {@code expect} and the invariants.
 *
 * <p>A return parcel appears at the courier (collected from the buyer, bound for {@code policy.returnAddress}) when
 * a courier step first names it, not when the buyer fills in the waybill: a waybill nobody scans stays unknown to
 * the courier. Warehouse staff's arrivals, inspections and weighings are played on warehouse-service's API.
 *
 * <p>What cannot be played yet ({@code deadlineIn} on negotiation answers and interventions, see
 * {@link #precheck}) fails the scenario with "not supported yet: ..." before anything reaches
 * the system.
 *
 * <p>A story whose platform does not offer what it needs ({@link Applicability}, from the system's
 * {@link ScenarioSystem#offers}) is not played: its result is "not applicable" with the reason.
 *
 * <p>A scenario's problems (an HTTP error, the system not settling in time, a broken expectation) are its
 * failure, never an exception out of {@link #run}. The runner keeps no state between scenarios: all of a run's
 * state lives in the run. One system plays one scenario at a time (it has one clock); {@link ScenarioPool} runs
 * several systems side by side.
 */
public final class ScenarioRunner {

    /** How often a run under faults moves the clock to a deferred delivery's next try before calling it stuck. */
    static final int MAX_DRAIN_MOVES = 40;

    /** How many timers a run under faults stops at on one move of the clock before it jumps the rest. */
    static final int MAX_TIMER_STOPS = 200;

    /** How long the system may take to settle after a step, and an HTTP call to answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The report's time zone (notification-service's {@code refundpilot.reports.zone}, by default). */
    static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

    /** ERP operations that ship a new parcel, named in their action log entry ({@code trackingNo}). */
    static final Set<String> REPLACEMENT_SHIPMENTS = Set.of("RESHIP", "SHIP_EXCHANGE", "RETURN_WRONG_GOODS");

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
        Played played = play(scenario, ids, null, false);
        return played.result(scenario, played.failures(), began);
    }

    /**
     * Plays the scenario twice with fresh IDs: as it is, then with every platform's open API failing and slow
     * ({@code faults}), letting the clock run on after the last step until nothing the platform could not take is
     * still waiting. Both runs must pass, and the outage must leave the same trace ({@link PlatformTrace}): no
     * platform call lost or doubled, no buyer message lost, no extra agent task, no deadline missed.
     */
    public ScenarioResult runUnderFaults(Scenario scenario, PlatformFaults faults) {
        long began = System.nanoTime();
        // the reference run's clock also stops at every timer on its way, so the two differ by the outage alone
        Played clean = play(scenario, RunIds.fresh(), null, true);
        if (clean.notApplicable() != null) {
            return clean.result(scenario, List.of(), began);
        }
        Played faulty = play(scenario, RunIds.fresh(), Objects.requireNonNull(faults, "faults"), true);
        List<String> failures = new ArrayList<>();
        clean.failures().forEach(f -> failures.add("without faults: " + f));
        faulty.failures().forEach(f -> failures.add("under faults (" + faults + "): " + f));
        if (clean.trace() != null && faulty.trace() != null) {
            clean.trace().differencesTo(faulty.trace()).forEach(d -> failures.add("under faults (" + faults + "): " + d));
        }
        return ScenarioResult.of(scenario.name(), scenario.source(), failures,
                Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * A run's failures (scenario IDs) and, when it got as far as looking, what the outside world saw it do; or, not
     * played at all, why the story does not apply to its platform.
     */
    private record Played(List<String> failures, PlatformTrace trace, String notApplicable) {

        ScenarioResult result(Scenario scenario, List<String> failures, long began) {
            return notApplicable != null
                    ? ScenarioResult.notApplicable(scenario.name(), scenario.source(), notApplicable)
                    : ScenarioResult.of(scenario.name(), scenario.source(), failures,
                            Duration.ofNanos(System.nanoTime() - began));
        }
    }

    private Played play(Scenario scenario, RunIds ids, PlatformFaults faults, boolean stopAtTimers) {
        List<String> failures;
        PlatformTrace trace = null;
        try {
            List<String> problems = precheck(scenario);
            if (problems.isEmpty()) {
                Optional<String> notApplicable = Applicability.whyNot(scenario, system.offers());
                if (notApplicable.isPresent()) {
                    return new Played(List.of(), null, notApplicable.get());
                }
                Run run = new Run(scenario, ids, faults, stopAtTimers);
                failures = run.play();
                trace = run.trace;
            } else {
                failures = problems;
            }
        } catch (ScenarioFailure e) {
            failures = List.of(e.getMessage());
        } catch (RuntimeException e) {
            failures = List.of("runner error: " + e);
        }
        return new Played(failures.stream().map(ids::original).toList(), trace, null);
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
                unsupportedOf(ps).ifPresent(u -> unsupported.add(u + " (" + where + ")"));
            } else if (step instanceof CourierStep cs) {
                if (cs.trackingNo() == null) {
                    long parcels = scenario.orders().stream().filter(o -> o.shipment() != null).count();
                    if (parcels != 1) {
                        problems.add(where + ".courier: no trackingNo, and the scenario has " + parcels
                                + " outbound parcels: name the parcel");
                    }
                }
            } else if (step instanceof BuyerStep) {
                try {
                    StepTargets.refundAbout(scenario, i);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            } else if (step instanceof WarehouseStep ws) {
                try {
                    if (isAboutReturnParcel(ws)) {
                        StepTargets.returnParcelAbout(scenario, i);
                    } else {
                        StepTargets.orderAbout(scenario, i);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        scenario.expectations().report().ifPresent(report -> {
            if (report.date() != null && scenario.start().isPresent() && !steps.isEmpty()) {
                Instant end = scenario.start().get().plus(steps.get(steps.size() - 1).at());
                LocalDate last = end.atZone(REPORT_ZONE).toLocalDate();
                if (report.date().isAfter(last)) {
                    problems.add("expect.report.date: " + report.date() + " is after the story's last day (" + last
                            + " in " + REPORT_ZONE + "): there is no report for it yet");
                }
            }
        });
        List<String> all = new ArrayList<>();
        if (!unsupported.isEmpty()) {
            all.add("not supported yet: " + String.join("; ", unsupported));
        }
        all.addAll(problems);
        return all;
    }

    /** The local date (report zone) a report block is about: its date, else the day the story starts. */
    static LocalDate reportDate(ReportExpectation report, Instant start) {
        return report.date() != null ? report.date() : start.atZone(REPORT_ZONE).toLocalDate();
    }

    /** RETURN_RECEIVED and INSPECTED are about a return parcel; VOID_FAILED and PARCEL_WEIGHT about the order. */
    private static boolean isAboutReturnParcel(WarehouseStep w) {
        return w.event() == WarehouseEvent.RETURN_RECEIVED || w.event() == WarehouseEvent.INSPECTED;
    }

    /** What of a platform step the sandbox control APIs cannot play yet, if anything. */
    private static Optional<String> unsupportedOf(PlatformStep p) {
        PlatformEvent e = p.event();
        if (p.deadlineIn() != null && (e == PlatformEvent.NEGOTIATION_ACCEPTED || e == PlatformEvent.NEGOTIATION_REJECTED
                || e == PlatformEvent.PLATFORM_INTERVENED)) {
            return Optional.of("deadlineIn on platform event " + e + " (the control API takes none)");
        }
        return Optional.empty();
    }

    /** The sandbox platform a platform's refunds are played on: each platform has its own wire there. */
    static String platformPath(Platform platform) {
        return switch (platform) {
            case TAOBAO -> "taobao";
            case TMALL -> "tmall";
            case GENERIC -> "generic";
            case JD -> "jd";
            case PINDUODUO -> "pinduoduo";
            case WECHAT_CHANNELS -> "wechat-channels";
            case DOUYIN -> "douyin";
        };
    }

    // ------------------------------------------------------------------ one run

    /** What a GET of notification-service's read: its JSON, or (null JSON) why it could not be read. */
    private record NotificationRead(JsonNode json, String unreadable) {
    }

    /** One scenario being played: all of its state. */
    private final class Run {

        private final Scenario scenario;
        private final RunIds ids;
        /** Per order (scenario IDs): the tracking numbers of its parcels, outbound first. */
        private final Map<String, Set<String>> parcels = new LinkedHashMap<>();
        /**
         * Return waybills the buyer fills in during the story (scenario IDs), each with the first step that names
         * it; the outbound parcel's number left out (a buyer may reuse it, the courier knows it already).
         */
        private final Map<String, PlatformStep> returnWaybills = new LinkedHashMap<>();
        /** Return parcels the courier has collected (created at the courier by their first courier step). */
        private final Set<String> returnsCollected = new LinkedHashSet<>();
        /** Oddities seen while playing (a webhook push the system did not accept), added to a failed run's failures. */
        private final List<String> notes = new ArrayList<>();
        /** The platform outage this run plays under, or null. */
        private final PlatformFaults faults;
        /** Whether the clock stops at every timer due on the way to a step (runs under faults and their reference). */
        private final boolean stopAtTimers;
        /** What the outside world saw, once observed. */
        private PlatformTrace trace;
        private Instant start;

        Run(Scenario scenario, RunIds ids, PlatformFaults faults, boolean stopAtTimers) {
            this.scenario = scenario;
            this.ids = ids;
            this.faults = faults;
            this.stopAtTimers = stopAtTimers;
            for (Order o : scenario.orders()) {
                Set<String> own = new LinkedHashSet<>();
                if (o.shipment() != null) {
                    own.add(o.shipment().trackingNo());
                }
                parcels.put(o.orderId(), own);
            }
            for (Step step : scenario.steps()) {
                if (step instanceof PlatformStep p && p.event() == PlatformEvent.RETURN_SHIPPED) {
                    parcels.get(p.orderId()).add(p.trackingNo());
                    if (!isOutboundParcel(p.trackingNo())) {
                        returnWaybills.putIfAbsent(p.trackingNo(), p);
                    }
                }
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
            system.closeCircuitBreakers();
            setUp();
            if (faults != null) {
                injectFaults();
            }
            try {
                playSteps();
                if (faults != null) {
                    letDeferredDeliveriesComeDue();
                }
            } finally {
                if (faults != null) {
                    clearFaults();
                }
            }
            if (scenario.expectations().report().isPresent()) {
                settle("before reading the daily report");
            }
            Observation observation = observe();
            trace = PlatformTrace.of(observation);
            List<String> failures = new ArrayList<>(ExpectationChecker.check(scenario.expectations(), observation,
                    faults == null));
            if (!failures.isEmpty()) {
                failures.addAll(notes);
            }
            return failures;
        }

        private void playSteps() {
            Instant clock = start;
            List<Step> steps = scenario.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                String what = describe(i, step);
                Instant when = start.plus(step.at());
                if (!when.equals(clock)) {
                    if (stopAtTimers) {
                        passTimersOnTheWayTo(when, what);
                    }
                    system.setClock(when);
                    clock = when;
                }
                settle("before " + what);
                if (step instanceof SystemStep restart) {
                    restart(what, restart);
                } else if (!(step instanceof ClockStep)) {
                    perform(i, what, step);
                    settle("after " + what);
                }
            }
        }

        /**
         * The clock stops at every timer due before {@code when} (at most {@link #MAX_TIMER_STOPS} per
         * move): what a timer starts then meets the outage at its own time, with its retries ahead of it.
         */
        private void passTimersOnTheWayTo(Instant when, String what) {
            for (int i = 0; i < MAX_TIMER_STOPS; i++) {
                Optional<Instant> next = system.nextTimerDue();
                if (next.isEmpty() || !next.get().isBefore(when)) {
                    return;
                }
                system.setClock(next.get());
                settle("at a timer (" + next.get() + ") on the way to " + what);
            }
        }

        /** Every platform's open API fails and is slow from now on (the sandbox's control endpoints never are). */
        private void injectFaults() {
            for (String target : PlatformFaults.TARGETS) {
                ObjectNode fault = JsonNodeFactory.instance.objectNode();
                fault.put("target", target);
                fault.put("failRate", faults.failRate());
                fault.put("delay", faults.delay().toString());
                fault.put("seed", faults.seedFor(scenario.name()));
                call("injecting the platform outage into " + target, "POST", at(system.sandboxUrl(), "/sandbox/faults"),
                        fault, 200);
            }
        }

        private void clearFaults() {
            call("ending the platform outage", "DELETE", at(system.sandboxUrl(), "/sandbox/faults"), null, 200, 204);
        }

        /**
         * After the last step, the clock runs on to each put-off platform delivery's next try, until none waits: what
         * the outage delayed is then delivered, or given up by its deliverBy (a task for a person), never left
         * hanging. What else comes due meanwhile comes due, as it would in a shop.
         */
        private void letDeferredDeliveriesComeDue() {
            for (int i = 0; i < MAX_DRAIN_MOVES; i++) {
                Optional<Instant> next = system.nextDeferredPlatformDelivery();
                if (next.isEmpty()) {
                    return;
                }
                if (next.get().isAfter(system.now())) {
                    system.setClock(next.get());
                }
                settle("after moving the clock to a deferred platform delivery's next try (" + next.get() + ")");
            }
            throw new ScenarioFailure("platform deliveries still put off after " + MAX_DRAIN_MOVES
                    + " moves of the clock to their next try (next at "
                    + system.nextDeferredPlatformDelivery().map(Instant::toString).orElse("none") + ")");
        }

        /** Restarts services, then waits for their consumers to join and for the system to settle again. */
        private void restart(String what, SystemStep step) {
            try {
                system.restart(step.services());
            } catch (RuntimeException e) {
                throw new ScenarioFailure(what + ": the restart failed: " + e.getMessage(), e);
            }
            try {
                system.awaitConsumersReady(timeout);
            } catch (RuntimeException e) {
                throw new ScenarioFailure(what + ": the restarted consumers did not join within " + timeout.toSeconds()
                        + " s: " + e.getMessage(), e);
            }
            settle("after " + what);
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
            } else if (step instanceof SystemStep r) {
                what = "system restart " + r.restart();
            } else if (step instanceof BuyerStep b) {
                what = "buyer says " + b.says();
            } else if (step instanceof WarehouseStep w) {
                what = "warehouse " + w.event();
            } else if (step instanceof AgentStep a) {
                what = "agent " + a.action();
            } else {
                what = step.actor();
            }
            return "steps[" + i + "] (at " + step.at() + ", " + what + ")";
        }

        // ---------------------------------------------------------------- setup

        private void setUp() {
            URI sandbox = system.sandboxUrl();
            applyPolicy();
            printBatches();
            for (Order o : scenario.orders()) {
                call("setting up order " + o.orderId() + " in the ERP",
                        "PUT", at(sandbox, "/sandbox/erp/orders/" + enc(ids.of(o.orderId()))), erpOrder(o), 200, 201);
                Shipment s = o.shipment();
                if (s != null) {
                    Instant lastMoved = s.lastMovementAgo() == null ? start : start.minus(s.lastMovementAgo());
                    ObjectNode parcel = parcel(s.carrier(), s.status().name(), lastMoved, o.buyer(), o.buyer());
                    call("setting up parcel " + s.trackingNo() + " at the courier",
                            "PUT", at(sandbox, "/sandbox/courier/shipments/" + enc(ids.of(s.trackingNo()))), parcel, 200, 201);
                }
            }
        }

        /** The ERP's order: fulfilment, flags, the outbound parcel, the consignee's city, the item and its weight. */
        private ObjectNode erpOrder(Order o) {
            ObjectNode erp = http.object();
            erp.put("platform", o.platform().name());
            erp.put("shopId", ids.of(o.shopId()));
            erp.put("fulfilment", o.fulfilment().name());
            erp.put("forceShip", o.forceShip());
            if (o.shipment() != null) {
                erp.put("carrier", o.shipment().carrier());
                erp.put("trackingNo", ids.of(o.shipment().trackingNo()));
            }
            if (o.buyer() != null) {
                putAddress(erp.putObject("consignee"), o.buyer());
            }
            Item item = o.item();
            if (!item.equals(Item.NONE)) {
                ObjectNode i = erp.putObject("item");
                putIfNotNull(i, "sku", item.sku());
                putIfNotNull(i, "style", item.style());
                putIfNotNull(i, "color", item.color());
                putIfNotNull(i, "size", item.size());
                i.put("customMade", item.customMade());
                i.put("perishable", item.perishable());
                i.put("productionStarted", item.productionStarted());
            }
            if (item.extra().get("weightGrams") instanceof Long grams) {
                erp.put("weightGrams", grams);
            }
            return erp;
        }

        /** A parcel at the courier: where it is now ({@code at}) and where it goes ({@code destination}). */
        private ObjectNode parcel(String carrier, String status, Instant lastMoved, Address at, Address destination) {
            ObjectNode parcel = http.object();
            parcel.put("carrier", carrier);
            parcel.put("status", status);
            parcel.put("lastMovementAt", lastMoved.toString());
            if (at != null) {
                parcel.put("province", at.province());
                parcel.put("city", at.city());
            }
            if (destination != null) {
                putAddress(parcel.putObject("destination"), destination);
            }
            return parcel;
        }

        /**
         * Each shop's morning label batch at the policy's cut-off (default 09:00). A sandbox without the batch
         * (404: an older sandbox) is noted, not fatal: such a sandbox never prints labels by itself.
         */
        private void printBatches() {
            ObjectNode batch = http.object();
            batch.put("at", scenario.policy().effectiveLabelPrintCutoff().toString());
            for (String shop : scenario.orders().stream().map(Order::shopId).distinct().toList()) {
                String what = "setting the print batch of shop " + shop;
                Answer a = send(what, "PUT", at(system.sandboxUrl(), "/sandbox/erp/shops/" + enc(ids.of(shop))
                        + "/print-batch"), batch);
                if (a.is(404)) {
                    notes.add("note: " + what + ": " + a.problem("sandbox") + " (no label batch was played)");
                } else {
                    expect(a, what, 200, 201);
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

        private void perform(int index, String what, Step step) {
            if (step instanceof PlatformStep p) {
                platformEvent(what, p);
            } else if (step instanceof CourierStep c) {
                courierEvent(what, c);
            } else if (step instanceof BuyerStep b) {
                StepTargets.RefundOfOrder about = StepTargets.refundAbout(scenario, index);
                play(what, StepRequests.buyer(b, about.refundId(), platformPath(order(about.orderId()).platform()), ids));
            } else if (step instanceof WarehouseStep w) {
                play(what, warehouseRequest(index, w));
            } else if (step instanceof AgentStep a) {
                agentActs(what, a);
            } else {
                throw new ScenarioFailure("not supported yet: " + what); // precheck keeps us from getting here
            }
        }

        /** A warehouse step: on the return parcel it is about, or on the only order. */
        private StepRequests.Request warehouseRequest(int index, WarehouseStep w) {
            if (isAboutReturnParcel(w)) {
                StepTargets.ReturnParcel parcel = StepTargets.returnParcelAbout(scenario, index);
                return StepRequests.warehouse(w, null, parcel.trackingNo(),
                        StepTargets.quantityOf(scenario, parcel.refundId(), index), ids);
            }
            return StepRequests.warehouse(w, StepTargets.orderAbout(scenario, index), null, 1, ids);
        }

        /** A platform event: the platform's control call for it. */
        private void platformEvent(String what, PlatformStep p) {
            Order order = order(p.orderId());
            Answer answer = play(what, StepRequests.platform(p, order, platformPath(order.platform()), ids));
            if (p.event() == PlatformEvent.NEGOTIATION_ACCEPTED && p.type() != null) {
                String type = answer.json() == null ? null : text(answer.json(), "type");
                if (!p.type().name().equals(type)) {
                    throw new ScenarioFailure(what + ": the buyer accepts a request of type " + p.type()
                            + ", but the platform's refund is " + type + " after it");
                }
            }
        }

        private boolean isOutboundParcel(String trackingNo) {
            return scenario.orders().stream().map(Order::shipment).filter(Objects::nonNull)
                    .anyMatch(s -> s.trackingNo().equals(trackingNo));
        }

        /** Sends a step's call (to the sandbox, or warehouse-service) and notes webhook pushes the system did not accept. */
        private Answer play(String what, StepRequests.Request request) {
            URI base = request.service() == StepRequests.Service.WAREHOUSE_SERVICE ? system.warehouseServiceUrl()
                    : system.sandboxUrl();
            Answer answer = call(what, request.method(), at(base, request.path()), request.body(), request.statuses());
            notePushes(what, answer);
            return answer;
        }

        private void notePushes(String what, Answer answer) {
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
            String trackingNo = trackingNo(c);
            PlatformStep shipped = returnWaybills.get(trackingNo);
            if (shipped != null && returnsCollected.add(trackingNo)) {
                // the courier's first scan of a return (maybe before the waybill is filled in: an old one reused):
                // collected from the buyer now, bound for the returns warehouse
                ObjectNode parcel = parcel(shipped.carrier(), "COLLECTED", system.now(), order(shipped.orderId()).buyer(),
                        scenario.policy().effectiveReturnAddress());
                call(what + ": the courier collects return parcel " + trackingNo, "PUT", at(system.sandboxUrl(),
                        "/sandbox/courier/shipments/" + enc(ids.of(trackingNo))), parcel, 200, 201);
            }
            ObjectNode body = http.object();
            body.put("event", c.event().name());
            if (c.location() != null) {
                body.put("province", c.location().province());
                body.put("city", c.location().city());
            }
            Answer answer = call(what, "POST", at(system.sandboxUrl(),
                    "/sandbox/courier/shipments/" + enc(courierNumber(trackingNo)) + "/events"), body, 200);
            JsonNode pushStatus = answer.json() == null ? null : answer.json().get("pushStatus");
            if (pushStatus != null && pushStatus.isNumber() && (pushStatus.asInt() < 200 || pushStatus.asInt() > 299)) {
                notes.add("note: " + what + ": the courier's tracking push was answered " + pushStatus.asInt()
                        + " (0: logistics-service unreachable)");
            }
        }

        /**
         * The courier's number for a parcel the scenario names: a replacement parcel the ERP shipped (its number
         * {@code <orderId>-RS1} / {@code -EX1} ... is the ERP's, so the scenario names it with its own order ID),
         * else the run's namespaced ID.
         */
        private String courierNumber(String trackingNo) {
            boolean known = isOutboundParcel(trackingNo) || returnWaybills.containsKey(trackingNo);
            if (!known) {
                for (Order o : scenario.orders()) {
                    String replacement = replacementParcels(erpLog(o)).get(trackingNo);
                    if (replacement != null) {
                        return replacement;
                    }
                }
            }
            return ids.of(trackingNo);
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
            for (PlatformStep raised : raisers()) {
                Order o = order(raised.orderId());
                String caseId = caseIdOf(o, raised.caseId());
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

        /** The steps that raise a case (a refund or a complaint), the first one of each case, in step order. */
        private List<PlatformStep> raisers() {
            Set<String> seen = new LinkedHashSet<>();
            return scenario.steps().stream().filter(PlatformStep.class::isInstance).map(PlatformStep.class::cast)
                    .filter(p -> p.event() == PlatformEvent.REFUND_REQUESTED || p.event() == PlatformEvent.COMPLAINT_FILED)
                    .filter(p -> seen.add(p.caseId()))
                    .toList();
        }

        /** The case ID refund-service gives a refund (or complaint) of this order, in the run's namespaced IDs. */
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
            if (u.startsWith(system.warehouseServiceUrl().toString())) {
                return "warehouse-service";
            }
            return uri.getHost();
        }

        // ---------------------------------------------------------------- observe

        private Observation observe() {
            List<OrderSeen> orders = new ArrayList<>();
            for (Order o : scenario.orders()) {
                JsonNode erpLog = erpLog(o);
                List<ActionSeen> erp = actionsOf(erpLog);
                Map<String, String> numbers = new LinkedHashMap<>();
                parcels.get(o.orderId()).forEach(trackingNo -> numbers.put(trackingNo, ids.of(trackingNo)));
                numbers.putAll(replacementParcels(erpLog));
                Map<String, List<ActionSeen>> courier = new LinkedHashMap<>();
                numbers.forEach((trackingNo, number) -> courier.put(trackingNo, actions("/sandbox/courier/shipments/"
                        + enc(number) + "/actions", "reading the courier's actions for " + trackingNo)));
                orders.add(new OrderSeen(o.orderId(), o.paidFen(), erp, courier));
            }
            List<RefundSeen> refunds = new ArrayList<>();
            for (PlatformStep p : raisers()) {
                Order order = order(p.orderId());
                boolean complaint = p.event() == PlatformEvent.COMPLAINT_FILED;
                String caseId = caseIdOf(order, p.caseId());
                JsonNode kase = readCase(caseId, order, p.caseId(), complaint);
                String actualCaseId = kase != null && kase.hasNonNull("caseId") ? kase.get("caseId").asString() : caseId;
                refunds.add(new RefundSeen(p.caseId(), order.orderId(), kase == null ? null : caseSeen(kase),
                        readPlatformRecord(order, p.caseId(), complaint), readTasks(actualCaseId), complaint));
            }
            ReportSeen report = scenario.expectations().report().map(this::readReport).orElse(null);
            return new Observation(orders, refunds, report);
        }

        /**
         * The daily report {@code expect.report} asks for (its date, else the local date of the start), and the
         * supervisor messages for that shop and day when it checks them. A report that cannot be read is the
         * report's failure, not the scenario's end: the rest is still checked.
         */
        private ReportSeen readReport(ReportExpectation expected) {
            LocalDate date = reportDate(expected, start);
            String platform = expected.platform().name();
            String query = "?platform=" + enc(platform) + "&shopId=" + enc(ids.of(expected.shopId())) + "&date=" + date;
            NotificationRead report = readNotifications("/api/reports/daily" + query, true, "");
            if (report.json() == null) {
                return ReportSeen.unreadable(platform, expected.shopId(), date, report.unreadable());
            }
            Map<ReportFigure, Object> figures;
            try {
                figures = DailyReportFields.read(report.json());
            } catch (IllegalArgumentException e) {
                return ReportSeen.unreadable(platform, expected.shopId(), date, e.getMessage());
            }
            Integer messages = null;
            if (expected.supervisorMessage() != null) {
                NotificationRead m = readNotifications("/api/supervisor-messages" + query, false,
                        "the supervisor messages: ");
                if (m.json() == null) {
                    return ReportSeen.unreadable(platform, expected.shopId(), date, m.unreadable());
                }
                messages = m.json().size();
            }
            return new ReportSeen(platform, expected.shopId(), date, figures, messages, null);
        }

        private List<ActionSeen> actions(String path, String what) {
            return actionsOf(log(path, what));
        }

        /** The ERP's action log of an order (empty when the ERP does not know it). */
        private JsonNode erpLog(Order o) {
            return log("/sandbox/erp/orders/" + enc(ids.of(o.orderId())) + "/actions",
                    "reading the ERP's actions for " + o.orderId());
        }

        /** An action log of the sandbox; an empty array when it has none (404). */
        private JsonNode log(String path, String what) {
            Answer a = send(what, "GET", at(system.sandboxUrl(), path), null);
            if (a.is(404)) {
                return JsonNodeFactory.instance.arrayNode();
            }
            expect(a, what, 200);
            return array(a, what);
        }

        private List<ActionSeen> actionsOf(JsonNode log) {
            List<ActionSeen> actions = new ArrayList<>();
            for (JsonNode n : log) {
                actions.add(new ActionSeen(text(n, "action"), !n.has("ok") || n.get("ok").asBoolean(true), text(n, "error")));
            }
            return actions;
        }

        /**
         * The parcels the ERP shipped for an order (RESHIP, SHIP_EXCHANGE, RETURN_WRONG_GOODS entries that name a
         * new tracking number): the scenario's name for each (the number with this run's IDs mapped back) and the
         * courier's number. Their courier actions count for the order.
         */
        private Map<String, String> replacementParcels(JsonNode erpLog) {
            Map<String, String> found = new LinkedHashMap<>();
            for (JsonNode n : erpLog) {
                String number = text(n, "trackingNo");
                if (number != null && REPLACEMENT_SHIPMENTS.contains(text(n, "action"))) {
                    found.putIfAbsent(ids.original(number), number);
                }
            }
            return found;
        }

        /** The case by its ID; else (e.g. a TMALL order whose refund came in as TAOBAO) by the platform refund ID. */
        private JsonNode readCase(String caseId, Order order, String refundId, boolean complaint) {
            String what = "reading the case of " + refundId;
            Answer a = send(what, "GET", at(system.refundServiceUrl(), "/api/cases/" + enc(caseId)), null);
            if (a.is(200)) {
                return a.json();
            }
            expect(a, what, 404);
            if (complaint) {
                return null;
            }
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
            List<DecisionSeen> decisions = null;
            List<String> rules = new ArrayList<>();
            if (c.has("decisions") && c.get("decisions").isArray()) {
                decisions = new ArrayList<>();
                for (JsonNode d : c.get("decisions")) {
                    decisions.add(new DecisionSeen(text(d, "ruleId"), text(d, "at"), d.path("facts").size(),
                            d.path("actions").size()));
                }
                decisions.forEach(d -> rules.add(d.ruleId()));
            } else if (c.has("rules") && c.get("rules").isArray()) {
                c.get("rules").forEach(r -> rules.add(r.asString()));
            }
            return new CaseSeen(ids.original(text(c, "caseId")), text(c, "state"), text(c, "outcome"),
                    c.path("refundedFen").asLong(0), rules, decisions);
        }

        /** The platform's record of a refund, or of a complaint (the actions it received for it). */
        private PlatformRefundSeen readPlatformRecord(Order order, String id, boolean complaint) {
            String what = "reading the platform's " + (complaint ? "complaint " : "refund ") + id;
            Answer a = send(what, "GET", at(system.sandboxUrl(), "/sandbox/platforms/" + platformPath(order.platform())
                    + (complaint ? "/complaints/" : "/refunds/") + enc(ids.of(id))), null);
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
            // what a complaint paid out is its compensation
            long paidOut = complaint ? r.path("compensationFen").asLong(0) : r.path("refundedFen").asLong(0);
            return new PlatformRefundSeen(text(r, "status"), r.path("autoRefunded").asBoolean(false), paidOut, actions,
                    r.path("buyerMessages").size());
        }

        private TasksSeen readTasks(String caseId) {
            NotificationRead tasks = readNotifications("/api/tasks?caseId=" + enc(caseId), false, "");
            if (tasks.json() == null) {
                return TasksSeen.unreadable(tasks.unreadable());
            }
            List<String> rules = new ArrayList<>();
            tasks.json().forEach(t -> rules.add(text(t, "ruleId")));
            return TasksSeen.of(rules);
        }

        /**
         * A GET of notification-service's that should answer 200 with a JSON object ({@code object}) or array.
         * When it does not, why: the failure to send as it is, else {@code answered} before "not a JSON ..."
         * or the problem it answered.
         */
        private NotificationRead readNotifications(String path, boolean object, String answered) {
            Answer a;
            try {
                a = http.get(at(system.notificationServiceUrl(), path));
            } catch (ScenarioFailure e) {
                return new NotificationRead(null, e.getMessage());
            }
            if (!a.is(200) || a.json() == null || !(object ? a.json().isObject() : a.json().isArray())) {
                return new NotificationRead(null, answered + (a.is(200)
                        ? "not a JSON " + (object ? "object" : "array") + ": " + a.body()
                        : a.problem("notification-service")));
            }
            return new NotificationRead(a.json(), null);
        }

        private JsonNode array(Answer a, String what) {
            if (a.json() == null || !a.json().isArray()) {
                throw new ScenarioFailure(what + ": expected a JSON array, got: " + a.body());
            }
            return a.json();
        }
    }

    private static void putAddress(ObjectNode node, Address address) {
        node.put("province", address.province());
        putIfNotNull(node, "city", address.city());
    }

    private static void putIfNotNull(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
