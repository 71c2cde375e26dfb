package com.refundpilot.refund.domain;

import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One platform after-sales request and everything the system did about it. Lives inside its
 * {@link OrderFile}, which decides an order's refunds together (G-1, G-3).
 */
public final class RefundCase {

    private String caseId;
    private String refundId;
    private RefundType type;
    private RefundReason reason;
    private String platformReason;
    private long amountFen;
    private int quantity;
    private String sku;
    private Instant requestedAt;
    private Instant deadline;
    private long platformVersion;
    private CaseState state;
    private FulfilmentState fulfilment;
    private boolean forceShip;
    private String carrier;
    private String trackingNo;
    private boolean interceptHeld;
    private int fulfilmentChecks;
    private String pendingActionKey;
    private long agreeingFen;
    private boolean escalated;
    private CaseOutcome outcome;
    private long refundedFen;
    private Instant closedAt;
    private List<Decision> decisions = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();

    private RefundCase() {
        // for the persistence mapper
    }

    static RefundCase open(RefundRequested request, Instant now) {
        var c = new RefundCase();
        c.caseId = request.caseId();
        c.refundId = request.refundId();
        c.type = request.type();
        c.reason = request.reason();
        c.platformReason = request.platformReason();
        c.amountFen = request.amountFen();
        c.quantity = request.quantity();
        c.sku = request.sku();
        c.requestedAt = request.requestedAt();
        c.deadline = request.deadline();
        c.platformVersion = request.platformVersion();
        c.state = CaseState.CHECKING_FULFILMENT;
        c.note(now, "REQUEST_RECEIVED", request.type() + " " + request.reason() + " (" + request.platformReason()
                + ") for " + Money.yuan(request.amountFen()) + " CNY, x" + request.quantity()
                + ", platform deadline " + request.deadline());
        return c;
    }

    void decide(Instant now, String ruleId, Map<String, String> facts, List<String> actions, String summary) {
        decisions.add(new Decision(now, ruleId, facts, actions, summary));
        note(now, "DECISION", ruleId + ": " + summary);
    }

    void note(Instant now, String kind, String detail) {
        timeline.add(new TimelineEntry(now, kind, detail));
    }

    void moveTo(CaseState target) {
        state = state.moveTo(target);
    }

    void fulfilmentReported(FulfilmentState reported, boolean forceShipFlag) {
        fulfilment = reported;
        forceShip = forceShipFlag;
    }

    void shippedWith(String parcelCarrier, String parcelTrackingNo) {
        carrier = parcelCarrier;
        trackingNo = parcelTrackingNo;
    }

    void interceptHeld() {
        interceptHeld = true;
    }

    void fulfilmentCheckRequested() {
        fulfilmentChecks++;
    }

    void agreeing(String actionKey, long amount) {
        moveTo(CaseState.AGREEING);
        pendingActionKey = actionKey;
        agreeingFen = amount;
    }

    void escalate() {
        escalated = true;
        if (state != CaseState.ESCALATED && state != CaseState.AGREEING) {
            moveTo(CaseState.ESCALATED);
        }
    }

    void close(CaseOutcome result, long refunded, Instant now) {
        moveTo(CaseState.CLOSED);
        outcome = result;
        refundedFen = refunded;
        agreeingFen = 0;
        pendingActionKey = null;
        closedAt = now;
    }

    /** Money this case has paid or is about to pay: counted against the order's paid amount (G-1). */
    long committedFen() {
        return refundedFen + agreeingFen;
    }

    /**
     * DL-3: the goods are safe when the warehouse reported them not shipped and not bound to ship (no
     * force-ship flag), or the courier confirmed they are coming back.
     */
    boolean goodsSafe() {
        return fulfilment != null && (fulfilment.shipped() ? interceptHeld : !forceShip);
    }

    public String caseId() {
        return caseId;
    }

    public String refundId() {
        return refundId;
    }

    public RefundType type() {
        return type;
    }

    public RefundReason reason() {
        return reason;
    }

    public String platformReason() {
        return platformReason;
    }

    public long amountFen() {
        return amountFen;
    }

    public int quantity() {
        return quantity;
    }

    public String sku() {
        return sku;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public long platformVersion() {
        return platformVersion;
    }

    public CaseState state() {
        return state;
    }

    public FulfilmentState fulfilment() {
        return fulfilment;
    }

    int fulfilmentChecks() {
        return fulfilmentChecks;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNo() {
        return trackingNo;
    }

    public String pendingActionKey() {
        return pendingActionKey;
    }

    public boolean escalated() {
        return escalated;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public long refundedFen() {
        return refundedFen;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }
}
