package com.refundpilot.scenario.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake running system for runner tests: one JDK HTTP server (port 0) that plays the sandbox (ERP with events and
 * print batches, courier, Taobao refund and complaint control APIs), refund-service's case and policy APIs and
 * notification-service's task, daily report and supervisor message APIs and warehouse-service's staff API (arrivals and inspections of the returns the
 * buyer shipped, 404 / 409 like the real one, parcel weights) just enough for NS-1 and for checking what the runner
 * sends, under four base URLs with their own path prefixes; restarts and consumer readiness are logged. Its "services" react when the runner awaits quiescence:
 * a new refund on an order neither allocated nor audited is cancelled in the ERP, agreed and messaged (NS-1);
 * a refund still waiting at its deadline is auto-refunded by the platform, as the real sandbox does.
 */
final class FakeSystem implements ScenarioSystem, AutoCloseable {

    private static final Pattern ERP_ORDER = Pattern.compile("/sb/sandbox/erp/orders/([^/]+)");
    private static final Pattern ERP_ACTIONS = Pattern.compile("/sb/sandbox/erp/orders/([^/]+)/actions");
    private static final Pattern SHIPMENT = Pattern.compile("/sb/sandbox/courier/shipments/([^/]+)");
    private static final Pattern SHIPMENT_EVENTS = Pattern.compile("/sb/sandbox/courier/shipments/([^/]+)/events");
    private static final Pattern SHIPMENT_ACTIONS = Pattern.compile("/sb/sandbox/courier/shipments/([^/]+)/actions");
    private static final Pattern REFUNDS = Pattern.compile("/sb/sandbox/platforms/taobao/refunds");
    private static final Pattern REFUND = Pattern.compile("/sb/sandbox/platforms/taobao/refunds/([^/]+)");
    private static final Pattern REFUND_CONTROL = Pattern.compile(
            "/sb/sandbox/platforms/taobao/refunds/([^/]+)/(modify|close|negotiation|deadline|return-shipment|intervention"
                    + "|verdict|buyer-messages)");
    private static final Pattern COMPLAINTS = Pattern.compile("/sb/sandbox/platforms/taobao/complaints");
    private static final Pattern COMPLAINT = Pattern.compile("/sb/sandbox/platforms/taobao/complaints/([^/]+)");
    private static final Pattern COMPLAINT_CONTROL = Pattern.compile(
            "/sb/sandbox/platforms/taobao/complaints/([^/]+)/(intervention|verdict|deadline)");
    private static final Pattern RETURN_ARRIVAL = Pattern.compile("/warehouse/api/returns/([^/]+)/arrival");
    private static final Pattern RETURN_INSPECTION = Pattern.compile("/warehouse/api/returns/([^/]+)/inspection");
    private static final Pattern PARCEL_WEIGHT = Pattern.compile("/warehouse/api/orders/([^/]+)/parcel-weight");
    private static final Pattern ERP_EVENTS = Pattern.compile("/sb/sandbox/erp/orders/([^/]+)/events");
    private static final Pattern PRINT_BATCH = Pattern.compile("/sb/sandbox/erp/shops/([^/]+)/print-batch");
    private static final Pattern TASK_ACTIONS = Pattern.compile("/notifications/api/tasks/([^/]+)/actions");
    private static final Pattern POLICY = Pattern.compile("/refund-service/api/shops/([^/]+)/([^/]+)/policy");
    private static final Pattern CASE = Pattern.compile("/refund-service/api/cases/([^/]+)");
    private static final Pattern CASES = Pattern.compile("/refund-service/api/cases");
    private static final Pattern TASKS = Pattern.compile("/notifications/api/tasks");
    private static final Pattern DAILY_REPORT = Pattern.compile("/notifications/api/reports/daily");
    private static final Pattern SUPERVISOR_MESSAGES = Pattern.compile("/notifications/api/supervisor-messages");
    private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

    static {
        // answer without Nagle's delay (else each loopback call waits ~40 ms for a delayed ACK); read once per JVM
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpServer server;

    // knobs
    /** The refund-service reacts to new refunds (NS-1); false plays a system that is down. */
    boolean reacts = true;
    /** The refund-service agrees twice (a bug the invariant must catch). */
    boolean extraAgree;
    /** Under injected platform faults, the agree is lost (the bug a run under faults must catch). */
    boolean agreeLostUnderFaults;
    /** Under injected platform faults, the agree is put off to this long after the reaction, then delivered. */
    Duration agreeDeferredUnderFaults;
    /** The platform fault targets currently injected (POST /sandbox/faults), with their bodies. */
    final Map<String, JsonNode> faults = new LinkedHashMap<>();
    /** Agrees put off by the "adapter": when each is due, and the refund it is for. */
    private final TreeMap<Instant, String> deferredAgrees = new TreeMap<>();
    /** What platform-adapter answers the platform's webhook pushes (0: unreachable). */
    int webhookStatus = 200;
    /** Thrown by awaitQuiescence, e.g. to play a timeout. */
    RuntimeException quiescenceFailure;
    /** Thrown by restart, e.g. a service that does not come back. */
    RuntimeException restartFailure;
    /** The sandbox has no label print batch yet (answers 404, as before the warehouse helper's branch). */
    boolean noPrintBatch;
    /** The NS-1 decision records no facts and no actions (a G-7 breach the invariant must catch). */
    boolean unexplained;
    /** What the "services" also do whenever the runner awaits quiescence (tests play a reaction with it). */
    Runnable onSettle = () -> { };
    /** Daily reports by "PLATFORM:shopId:date" (tests put them, see {@link #report}); any other day is all zeros. */
    final Map<String, ObjectNode> dailyReports = new LinkedHashMap<>();
    /** The shop-days ("PLATFORM:shopId:date") notification-service has a supervisor message for. */
    final Set<String> supervisorMessages = new LinkedHashSet<>();
    /** Open agent tasks by case ID (tests add them): the task API lists them, actions close them. */
    final Map<String, List<String>> openTasks = new LinkedHashMap<>();

    /** What the system says it offers on each platform (tests set it). */
    PlatformOffers offers = PlatformOffers.UNKNOWN;

    // what happened
    /** Every call, in order: "clock <instant>", "settle", "<METHOD> <decoded path>[?query]". */
    final List<String> log = new ArrayList<>();
    /** Bodies of the requests, in order, keyed like the log line. */
    final List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();

    private Instant now = Instant.parse("2030-01-01T00:00:00Z");
    private final Map<String, ObjectNode> erpOrders = new LinkedHashMap<>();
    private final Map<String, ArrayNode> erpActions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> shipments = new LinkedHashMap<>();
    private final Map<String, ArrayNode> courierActions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> refunds = new LinkedHashMap<>();
    private final Map<String, ObjectNode> cases = new LinkedHashMap<>();
    private final Map<String, ObjectNode> complaints = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();
    /** Return waybills the buyer filled in (warehouse-service expects them), and what the staff recorded. */
    private final Map<String, List<String>> expectedReturns = new LinkedHashMap<>();

    FakeSystem() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    private URI base(String prefix) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
    }

    @Override
    public URI sandboxUrl() {
        return base("/sb");
    }

    @Override
    public URI refundServiceUrl() {
        return base("/refund-service/"); // a trailing slash must not double up
    }

    @Override
    public URI warehouseServiceUrl() {
        return base("/warehouse");
    }

    @Override
    public URI notificationServiceUrl() {
        return base("/notifications");
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void setClock(Instant instant) {
        now = instant;
        log.add("clock " + instant);
    }

    /** How often the runner closed the circuit breakers (once per story). */
    int breakersClosed;

    @Override
    public synchronized void closeCircuitBreakers() {
        breakersClosed++;
    }

    /** Timers the "services" have (tests add them): the next one after now is what nextTimerDue answers. */
    final java.util.TreeSet<Instant> timers = new java.util.TreeSet<>();

    @Override
    public synchronized Optional<Instant> nextTimerDue() {
        Instant next = timers.higher(now);
        if (!deferredAgrees.isEmpty() && deferredAgrees.firstKey().isAfter(now)
                && (next == null || deferredAgrees.firstKey().isBefore(next))) {
            next = deferredAgrees.firstKey();
        }
        return Optional.ofNullable(next);
    }

    @Override
    public synchronized Optional<Instant> nextDeferredPlatformDelivery() {
        return deferredAgrees.isEmpty() ? Optional.empty() : Optional.of(deferredAgrees.firstKey());
    }

    @Override
    public synchronized void awaitConsumersReady(Duration timeout) {
        log.add("consumers ready");
    }

    @Override
    public synchronized void restart(List<String> services) {
        log.add("restart " + String.join(",", services));
        if (restartFailure != null) {
            throw restartFailure;
        }
    }

    @Override
    public PlatformOffers offers() {
        return offers;
    }

    @Override
    public synchronized void awaitQuiescence(Duration timeout) {
        log.add("settle");
        if (quiescenceFailure != null) {
            throw quiescenceFailure;
        }
        if (reacts) {
            for (String refundId : pending) {
                reactNs1(refundId);
            }
        }
        pending.clear();
        while (!deferredAgrees.isEmpty() && !deferredAgrees.firstKey().isAfter(now)) {
            ObjectNode refund = refunds.get(deferredAgrees.pollFirstEntry().getValue());
            action(refund, "AGREE_REFUND", refund.get("amountFen").asLong());
        }
        onSettle.run();
        for (ObjectNode refund : refunds.values()) {
            if ("WAIT_SELLER_AGREE".equals(refund.get("status").asString())
                    && !Instant.parse(refund.get("deadline").asString()).isAfter(now)) {
                refund.put("status", "SUCCESS");
                refund.put("autoRefunded", true);
                refund.put("refundedFen", refund.get("amountFen").asLong());
                action(refund, "AUTO_REFUND", refund.get("amountFen").asLong());
            }
        }
    }

    /** NS-1: cancel in the ERP, agree, send the retention message, close the case as REFUNDED. */
    private void reactNs1(String refundId) {
        ObjectNode refund = refunds.get(refundId);
        String orderId = refund.get("orderId").asString();
        ObjectNode order = erpOrders.get(orderId);
        if (order == null || !"NOT_ALLOCATED_NOT_AUDITED".equals(order.get("fulfilment").asString())) {
            return;
        }
        ObjectNode cancel = erpActions.get(orderId).addObject();
        cancel.put("action", "CANCEL_ORDER").put("at", now.toString()).put("requestId", "rq-1").put("ok", true)
                .putNull("error");
        long amount = refund.get("amountFen").asLong();
        if (!faults.isEmpty() && agreeDeferredUnderFaults != null) {
            deferredAgrees.put(now.plus(agreeDeferredUnderFaults), refundId);
        } else if (faults.isEmpty() || !agreeLostUnderFaults) {
            action(refund, "AGREE_REFUND", amount);
        }
        if (extraAgree) {
            action(refund, "AGREE_REFUND", amount);
        }
        refund.put("status", "SUCCESS").put("refundedFen", amount);
        ((ArrayNode) refund.get("buyerMessages")).addObject().put("id", "1").put("at", now.toString())
                .put("text", "亲，退款已同意");
        String caseId = order.get("platform").asString() + ":" + refund.get("shopId").asString() + ":" + refundId;
        ObjectNode kase = json.createObjectNode();
        kase.put("caseId", caseId).put("platformRefundId", refundId).put("state", "CLOSED").put("outcome", "REFUNDED")
                .put("refundedFen", amount);
        kase.putArray("rules").add("NS-1").add("NS-RETAIN");
        ArrayNode decisions = kase.putArray("decisions");
        ObjectNode ns1 = decisions.addObject().put("at", now.toString()).put("ruleId", "NS-1");
        if (unexplained) {
            ns1.putObject("facts");
            ns1.putArray("actions");
        } else {
            ns1.putObject("facts").put("fulfilment", "NOT_ALLOCATED_NOT_AUDITED");
            ns1.putArray("actions").add("CANCEL_ORDER").add("AGREE_REFUND");
        }
        ns1.put("summary", "cancel, then agree");
        ObjectNode retain = decisions.addObject().put("at", now.toString()).put("ruleId", "NS-RETAIN");
        retain.putObject("facts").put("reason", "NOT_WANTED");
        retain.putArray("actions").add("BUYER_MESSAGE:RETAIN");
        retain.put("summary", "retention message");
        cases.put(caseId, kase);
    }

    private void action(ObjectNode refund, String action, long amountFen) {
        ((ArrayNode) refund.get("actions")).addObject().put("action", action).put("at", now.toString())
                .put("amountFen", amountFen).putObject("params");
    }

    /**
     * The ERP ships a new parcel for an order ({@code RESHIP}, {@code SHIP_EXCHANGE}, {@code RETURN_WRONG_GOODS}):
     * its action log names the new tracking number, and the courier has the parcel with these actions logged.
     */
    synchronized void erpShipped(String orderId, String action, String trackingNo, String... courierActionsOfIt) {
        erpActions.computeIfAbsent(orderId, k -> json.createArrayNode()).addObject().put("action", action)
                .put("at", now.toString()).put("ok", true).putNull("error").put("carrier", "ZTO")
                .put("trackingNo", trackingNo);
        shipments.put(trackingNo, json.createObjectNode().put("carrier", "ZTO").put("status", "COLLECTED"));
        ArrayNode log = courierActions.computeIfAbsent(trackingNo, k -> json.createArrayNode());
        for (String a : courierActionsOfIt) {
            log.addObject().put("action", a).put("ok", true);
        }
    }

    /** The platform records a merchant action on a complaint (as platform-adapter's calls would). */
    synchronized void complaintAction(String complaintId, String action, long amountFen) {
        action(complaints.get(complaintId), action, amountFen);
    }

    synchronized boolean hasComplaint(String complaintId) {
        return complaints.containsKey(complaintId);
    }

    synchronized boolean hasRefund(String refundId) {
        return refunds.containsKey(refundId);
    }

    /** A courier action logged for a parcel (e.g. a return parcel the system asked about). */
    synchronized void courierAction(String trackingNo, String action) {
        courierActions.computeIfAbsent(trackingNo, k -> json.createArrayNode()).addObject().put("action", action)
                .put("ok", true);
    }

    /**
     * The daily report of a shop-day, created as a report of zeros shaped like notification-service's DailyReport
     * JSON (platform, shopId, date, timeZone, shop: {requests, refunds, platformAutoRefunds, losses, intercepts,
     * claims, outcomes, decisionsByRule}, skus), for the test to fill in.
     */
    synchronized ObjectNode report(String platform, String shopId, String date) {
        return dailyReports.computeIfAbsent(platform + ":" + shopId + ":" + date, k -> zeros(platform, shopId, date));
    }

    private ObjectNode zeros(String platform, String shopId, String date) {
        ObjectNode r = json.createObjectNode();
        r.put("platform", platform).put("shopId", shopId).put("date", date).put("timeZone", REPORT_ZONE.getId());
        ObjectNode shop = r.putObject("shop");
        shop.putObject("requests").put("count", 0).put("amountFen", 0).putObject("byReason");
        ObjectNode refunds = shop.putObject("refunds").put("count", 0).put("amountFen", 0);
        refunds.putObject("byReason");
        refunds.put("autoApproved", 0).putNull("autoApprovalRate");
        refunds.putNull("medianTimeToRefundSeconds").putNull("medianTimeToRefund");
        shop.putObject("platformAutoRefunds").put("count", 0).put("amountFen", 0);
        shop.putObject("losses").put("count", 0).put("amountFen", 0);
        shop.putObject("intercepts").put("requested", 0).put("succeeded", 0).put("failed", 0).put("pending", 0)
                .putNull("successRate");
        shop.putObject("claims").put("filed", 0).put("filedValueFen", 0).put("compensated", 0)
                .put("compensatedFen", 0).put("rejected", 0).put("open", 0);
        shop.putObject("outcomes");
        shop.putObject("decisionsByRule");
        r.putArray("skus");
        return r;
    }

    /** notification-service's report API: 400 naming a missing parameter or a date after today, like the real one. */
    private Object[] dailyReport(String query) {
        for (String name : List.of("platform", "shopId", "date")) {
            if (param(query, name) == null) {
                return problem(400, "query parameter " + name + " is required");
            }
        }
        LocalDate date = LocalDate.parse(param(query, "date"));
        LocalDate today = now.atZone(REPORT_ZONE).toLocalDate();
        if (date.isAfter(today)) {
            return problem(400, "query parameter date " + date + " is after today (" + today
                    + " in the report's time zone): there is no report yet");
        }
        String key = param(query, "platform") + ":" + param(query, "shopId") + ":" + date;
        ObjectNode report = dailyReports.get(key);
        return new Object[] {200, report != null ? report : zeros(param(query, "platform"), param(query, "shopId"),
                date.toString())};
    }

    private Object[] supervisorMessages(String query) {
        ArrayNode found = json.createArrayNode();
        for (String shopDay : supervisorMessages) {
            String[] p = shopDay.split(":");
            if (matches(query, "platform", p[0]) && matches(query, "shopId", p[1]) && matches(query, "date", p[2])) {
                found.addObject().put("messageId", shopDay).put("platform", p[0]).put("shopId", p[1]).put("date", p[2])
                        .put("text", "【售后日报】");
            }
        }
        return new Object[] {200, found};
    }

    private static boolean matches(String query, String name, String value) {
        String wanted = param(query, name);
        return wanted == null || wanted.equals(value);
    }

    synchronized List<String> log() {
        return List.copyOf(log);
    }

    /** The body of the first request whose log line starts with {@code prefix}. */
    synchronized JsonNode body(String prefix) {
        return bodies.stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + prefix + " in " + log));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ------------------------------------------------------------------ HTTP

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            String rawPath = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            byte[] in = ex.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? null : json.readTree(new String(in, StandardCharsets.UTF_8));
            Object[] answer;
            synchronized (this) {
                String line = method + " " + decode(rawPath) + (query == null ? "" : "?" + decode(query));
                log.add(line);
                if (body != null) {
                    bodies.add(Map.entry(line, body));
                }
                answer = route(method, rawPath, query, body);
            }
            byte[] out = json.writeValueAsString(answer[1]).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders((int) answer[0], out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        } finally {
            ex.close();
        }
    }

    private Object[] route(String method, String path, String query, JsonNode body) {
        Matcher m;
        if (method.equals("POST") && path.equals("/sb/sandbox/faults")) {
            faults.put(body.get("target").asString(), body);
            return new Object[] {200, body};
        }
        if (method.equals("DELETE") && path.equals("/sb/sandbox/faults")) {
            faults.clear();
            return new Object[] {200, json.createObjectNode()};
        }
        if (method.equals("PUT") && (m = ERP_ORDER.matcher(path)).matches()) {
            String id = decode(m.group(1));
            if (!body.hasNonNull("shopId") || !body.hasNonNull("fulfilment")) {
                return problem(400, "shopId: must not be blank");
            }
            boolean created = erpOrders.put(id, ((ObjectNode) body).deepCopy()) == null;
            erpActions.putIfAbsent(id, json.createArrayNode());
            return new Object[] {created ? 201 : 200, body};
        }
        if (method.equals("PUT") && PRINT_BATCH.matcher(path).matches()) {
            return noPrintBatch ? problem(404, "No static resource " + path.substring(4) + ".")
                    : new Object[] {200, body};
        }
        if (method.equals("POST") && (m = ERP_EVENTS.matcher(path)).matches()) {
            return erpOrders.containsKey(decode(m.group(1))) ? new Object[] {200, erpOrders.get(decode(m.group(1)))}
                    : problem(404, "no order " + decode(m.group(1)));
        }
        if (method.equals("GET") && (m = ERP_ACTIONS.matcher(path)).matches()) {
            ArrayNode actions = erpActions.get(decode(m.group(1)));
            return actions == null ? problem(404, "no order") : new Object[] {200, actions};
        }
        if (method.equals("PUT") && (m = SHIPMENT.matcher(path)).matches()) {
            String id = decode(m.group(1));
            boolean created = shipments.put(id, ((ObjectNode) body).deepCopy()) == null;
            courierActions.putIfAbsent(id, json.createArrayNode());
            return new Object[] {created ? 201 : 200, body};
        }
        if (method.equals("POST") && (m = SHIPMENT_EVENTS.matcher(path)).matches()) {
            ObjectNode s = shipments.get(decode(m.group(1)));
            if (s == null) {
                return problem(404, "no shipment " + decode(m.group(1)));
            }
            s.put("status", body.get("event").asString());
            return new Object[] {200, json.createObjectNode().put("pushStatus", 200)};
        }
        if (method.equals("GET") && (m = SHIPMENT_ACTIONS.matcher(path)).matches()) {
            ArrayNode actions = courierActions.get(decode(m.group(1)));
            return actions == null ? problem(404, "no shipment") : new Object[] {200, actions};
        }
        if (method.equals("POST") && REFUNDS.matcher(path).matches()) {
            for (String field : List.of("shopId", "orderId", "refundId", "type", "amountFen")) {
                if (!body.hasNonNull(field)) {
                    return problem(400, field + ": must not be null");
                }
            }
            String id = body.get("refundId").asString();
            if (refunds.containsKey(id)) {
                return problem(409, "refund exists");
            }
            ObjectNode r = json.createObjectNode();
            r.put("refundId", id).put("shopId", body.get("shopId").asString()).put("orderId", body.get("orderId").asString())
                    .put("type", body.get("type").asString()).put("reason", body.path("reason").asString("其他"))
                    .put("status", "WAIT_SELLER_AGREE").put("version", 1).put("amountFen", body.get("amountFen").asLong())
                    .put("created", now.toString())
                    .put("deadline", now.plus(Duration.parse(body.path("deadlineIn").asString("PT72H"))).toString())
                    .put("autoRefunded", false).put("refundedFen", 0);
            r.putArray("actions");
            r.putArray("buyerMessages");
            refunds.put(id, r);
            pending.add(id);
            ObjectNode answer = r.deepCopy();
            ArrayNode pushes = answer.putArray("pushes");
            for (int i = 0; i < body.path("deliveries").asInt(1); i++) {
                pushes.add(webhookStatus);
            }
            return new Object[] {201, answer};
        }
        if (method.equals("POST") && (m = REFUND_CONTROL.matcher(path)).matches()) {
            return refundControl(refunds.get(decode(m.group(1))), m.group(2), body);
        }
        if (method.equals("POST") && COMPLAINTS.matcher(path).matches()) {
            ObjectNode c = json.createObjectNode();
            c.put("complaintId", body.get("complaintId").asString()).put("shopId", body.get("shopId").asString())
                    .put("orderId", body.get("orderId").asString()).put("kind", body.get("kind").asString())
                    .put("status", "OPEN");
            c.putArray("actions");
            complaints.put(c.get("complaintId").asString(), c);
            return new Object[] {201, withPushes(c, body)};
        }
        if (method.equals("POST") && (m = COMPLAINT_CONTROL.matcher(path)).matches()) {
            ObjectNode c = complaints.get(decode(m.group(1)));
            return c == null ? problem(404, "no complaint " + decode(m.group(1))) : new Object[] {200, withPushes(c, body)};
        }
        if (method.equals("POST") && (m = RETURN_ARRIVAL.matcher(path)).matches()) {
            return staffRecords(decode(m.group(1)), "arrival", body);
        }
        if (method.equals("POST") && (m = RETURN_INSPECTION.matcher(path)).matches()) {
            return staffRecords(decode(m.group(1)), "inspection", body);
        }
        if (method.equals("POST") && (m = PARCEL_WEIGHT.matcher(path)).matches()) {
            return erpOrders.containsKey(decode(m.group(1)))
                    ? new Object[] {200, json.createObjectNode().put("orderId", decode(m.group(1)))}
                    : problem(404, "orderId: no case asked about order " + decode(m.group(1)));
        }
        if (method.equals("GET") && (m = COMPLAINT.matcher(path)).matches()) {
            ObjectNode c = complaints.get(decode(m.group(1)));
            return c == null ? problem(404, "no complaint") : new Object[] {200, c};
        }
        if (method.equals("POST") && (m = TASK_ACTIONS.matcher(path)).matches()) {
            String taskId = decode(m.group(1));
            boolean open = openTasks.values().stream().anyMatch(tasks -> tasks.remove(taskId));
            return open ? new Object[] {200, json.createObjectNode().put("taskId", taskId).put("status", "DONE")}
                    : problem(404, "no open task " + taskId);
        }
        if (method.equals("GET") && (m = REFUND.matcher(path)).matches()) {
            ObjectNode r = refunds.get(decode(m.group(1)));
            return r == null ? problem(404, "no refund") : new Object[] {200, r};
        }
        if (method.equals("PUT") && POLICY.matcher(path).matches()) {
            return new Object[] {200, body};
        }
        if (method.equals("GET") && (m = CASE.matcher(path)).matches()) {
            ObjectNode c = cases.get(decode(m.group(1)));
            return c == null ? problem(404, "no case " + decode(m.group(1))) : new Object[] {200, c};
        }
        if (method.equals("GET") && CASES.matcher(path).matches()) {
            String refundId = param(query, "platformRefundId");
            ArrayNode found = json.createArrayNode();
            cases.values().stream().filter(c -> c.get("platformRefundId").asString().equals(refundId)).forEach(found::add);
            return new Object[] {200, found};
        }
        if (method.equals("GET") && DAILY_REPORT.matcher(path).matches()) {
            return dailyReport(query);
        }
        if (method.equals("GET") && SUPERVISOR_MESSAGES.matcher(path).matches()) {
            return supervisorMessages(query);
        }
        if (method.equals("GET") && TASKS.matcher(path).matches()) {
            ArrayNode tasks = json.createArrayNode();
            openTasks.getOrDefault(param(query, "caseId"), List.of())
                    .forEach(id -> tasks.addObject().put("taskId", id).put("ruleId", "NS-5").put("status", "OPEN"));
            return new Object[] {200, tasks};
        }
        return problem(404, "no route " + method + " " + path);
    }

    /** warehouse-service's staff API: an arrival once, an inspection once (with a photo unless MATCH). */
    private Object[] staffRecords(String trackingNo, String what, JsonNode body) {
        List<String> recorded = expectedReturns.get(trackingNo);
        if (recorded == null) {
            return problem(404, "trackingNo: no case expects return " + trackingNo);
        }
        if (recorded.contains(what)) {
            return problem(409, "trackingNo: return " + trackingNo + " already has its " + what);
        }
        if (what.equals("inspection") && !"MATCH".equals(body.path("result").asString())
                && body.path("photoUrls").isEmpty()) {
            return problem(400, "photoUrls: a photo is required for " + body.path("result").asString());
        }
        if (what.equals("inspection") && !recorded.contains("arrival")) {
            recorded.add("arrival"); // an inspection records the arrival first, as the real one does
        }
        recorded.add(what);
        return new Object[] {200, json.createObjectNode().put("trackingNo", trackingNo).put("recorded", what)};
    }

    /** The buyer / the platform acts on a refund: the effect the real sandbox has, as far as the tests need it. */
    private Object[] refundControl(ObjectNode refund, String what, JsonNode body) {
        if (refund == null) {
            return problem(404, "no refund");
        }
        switch (what) {
            case "close" -> refund.put("status", "CLOSED");
            case "modify" -> {
                refund.put("status", "WAIT_SELLER_AGREE");
                if (body.has("amountFen")) {
                    refund.put("amountFen", body.get("amountFen").asLong());
                }
            }
            case "negotiation" -> {
                if (body.get("accepted").asBoolean()) {
                    refund.put("type", "RETURN_AND_REFUND"); // as if the merchant proposed CHANGE_TO_RETURN
                }
            }
            case "return-shipment" -> expectedReturns.putIfAbsent(body.get("trackingNo").asString(), new ArrayList<>());
            case "buyer-messages" -> {
                return new Object[] {201, withPushes(refund, json.createObjectNode())};
            }
            default -> { }
        }
        return new Object[] {200, withPushes(refund, body)};
    }

    private ObjectNode withPushes(ObjectNode view, JsonNode body) {
        ObjectNode answer = view.deepCopy();
        ArrayNode pushes = answer.putArray("pushes");
        for (int i = 0; i < body.path("deliveries").asInt(1); i++) {
            pushes.add(webhookStatus);
        }
        return answer;
    }

    private Object[] problem(int status, String detail) {
        return new Object[] {status, json.createObjectNode().put("status", status).put("detail", detail)};
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
