package com.refundpilot.refund.domain;

import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private boolean interceptRequested;
    private boolean stopFailed;
    private Long agreeAfterStopFen;
    private int fulfilmentChecks;
    private String pendingActionKey;
    private String pendingRuleId;
    /** The rule that asked the warehouse to stop the order or ship goods out: it owns what the answer leads to. */
    private String warehouseRuleId;
    /** ADR 0011: when the warehouse cancelled the not-shipped order (null if it did not), and whether that is told. */
    private Instant shipmentCancelledAt;
    private boolean shipmentCancelSettled;
    private int paymentDecisions;
    private long agreeingFen;
    private Set<PlatformAction> capabilities;
    private Address destination;
    private ItemAttributes item;
    private boolean labelPrinted;
    private TrackingStatus parcelStatus;
    private Instant lastMovementAt;
    private Address parcelLocation;
    private boolean goodsReturned;
    private boolean parcelLost;
    private String signingProofUrl;
    private boolean buyerWrote;
    private boolean buyerWantsReship;
    private NegotiationKind negotiationKind;
    private Long negotiationAmountFen;
    private String negotiationKey;
    private String negotiationRule;
    private int negotiations;
    private PlannedRefusal plannedRefusal;
    private Set<Long> stallHoursActedOn = new LinkedHashSet<>();
    private boolean claimed;
    private String replacementTrackingNo;
    private ReturnLeg returnLeg;
    private PlannedAgree heldAgree;
    private boolean buyersTurn;
    private boolean claimAfterPayment;
    private boolean photosReceived;
    private Long parcelGrams;
    private Long expectedGrams;
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
        c.capabilities = request.capabilities() == null ? null : EnumSet.copyOf(
                request.capabilities().isEmpty() ? EnumSet.noneOf(PlatformAction.class) : request.capabilities());
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

    void fulfilmentReported(FulfilmentState reported, boolean forceShipFlag, boolean printed, Address to,
            ItemAttributes attributes) {
        fulfilment = reported;
        forceShip = forceShipFlag;
        labelPrinted = printed;
        if (to != null) {
            destination = to;
        }
        if (attributes != null) {
            item = attributes;
        }
    }

    /** The buyer changed the request (or re-applied): new terms, version and deadline. */
    void modified(RefundModified m) {
        type = m.type();
        reason = m.reason();
        platformReason = m.platformReason();
        amountFen = m.amountFen();
        quantity = m.quantity();
        deadline = m.deadline();
        platformVersion = m.platformVersion();
    }

    void typeChanged(RefundType newType) {
        type = newType;
    }

    void deadlineMoved(Instant newDeadline, long version) {
        deadline = newDeadline;
        platformVersion = Math.max(platformVersion, version);
    }

    void versionSeen(long version) {
        platformVersion = Math.max(platformVersion, version);
    }

    /** CP-2: platform staff decided a request the shop had refused: the platform's verdict is the outcome. */
    void decidedByPlatform(Instant now) {
        if (state != CaseState.CLOSED) {
            throw new IllegalStateException("only a closed case is decided afterwards by the platform");
        }
        outcome = CaseOutcome.CLOSED_BY_PLATFORM;
        note(now, "CLOSED", CaseOutcome.CLOSED_BY_PLATFORM + " (the platform's verdict)");
    }

    /** The platform paid the buyer after its verdict. */
    void paidByPlatform(long amountFen) {
        refundedFen = amountFen;
    }

    /** A refused case the buyer re-applied on: it is decided again from the start (its facts are kept). */
    void reopen(CaseState from) {
        if (state != CaseState.CLOSED || outcome != CaseOutcome.REFUSED) {
            throw new IllegalStateException("only a refused case reopens, this one is " + state + " " + outcome);
        }
        state = from;
        outcome = null;
        closedAt = null;
        pendingActionKey = null;
        plannedRefusal = null;
        escalated = false;
    }

    void parcelSeen(TrackingStatus status, Instant movedAt, Address location) {
        if (status != null) {
            parcelStatus = status;
        }
        if (movedAt != null && (lastMovementAt == null || movedAt.isAfter(lastMovementAt))) {
            lastMovementAt = movedAt;
        }
        if (location != null) {
            parcelLocation = location;
        }
    }

    void interceptRequested() {
        interceptRequested = true;
    }

    /** The ERP refused to stop the order (void failed, force-ship): it may still ship. */
    void stopFailed() {
        stopFailed = true;
    }

    /** An amount agreed with the buyer that is paid once the warehouse has stopped the order (NS-6). */
    void agreeAfterStop(Long amountFen) {
        agreeAfterStopFen = amountFen;
    }

    public Long agreeAfterStopFen() {
        return agreeAfterStopFen;
    }

    void goodsReturned() {
        goodsReturned = true;
        interceptHeld = true;
    }

    void parcelLost() {
        parcelLost = true;
    }

    void signingProof(String url) {
        signingProofUrl = url;
    }

    void buyerWrote(boolean wantsReship) {
        buyerWrote = true;
        buyerWantsReship = buyerWantsReship || wantsReship;
    }

    void negotiating(NegotiationKind kind, Long amount, String actionKey, String ruleId) {
        negotiationKind = kind;
        negotiationAmountFen = amount;
        negotiationKey = actionKey;
        negotiationRule = ruleId;
        negotiations++;
    }

    int negotiationCount() {
        return negotiations;
    }

    void plan(PlannedRefusal refusal) {
        plannedRefusal = refusal;
    }

    /** True the first time the case acts on a stall of this length (RS-8/RS-9 act once per threshold). */
    boolean firstActOnStall(Duration stalledFor) {
        return stallHoursActedOn.add(stalledFor.toHours());
    }

    void claimed() {
        claimed = true;
    }

    /** The goods are coming back (RR-1): the return leg, created once. */
    ReturnLeg returnLeg() {
        if (returnLeg == null) {
            returnLeg = new ReturnLeg();
        }
        return returnLeg;
    }

    public ReturnLeg returnLegOrNull() {
        return returnLeg;
    }

    /** RP-1: an agree the rules want, held until the buyer changes the reason or the margin comes. */
    void holdAgree(PlannedAgree agree) {
        heldAgree = agree;
    }

    public PlannedAgree heldAgree() {
        return heldAgree;
    }

    /** While the buyer has to act (ship the return), the platform runs no merchant deadline. */
    void buyersTurn(boolean value) {
        buyersTurn = value;
    }

    public boolean isBuyersTurn() {
        return buyersTurn;
    }

    /** CL: a claim is filed once the refund or the reship is done (refund first, claim after). */
    void claimAfterPayment(boolean value) {
        claimAfterPayment = value;
    }

    public boolean claimDueAfterPayment() {
        return claimAfterPayment;
    }

    void photosReceived() {
        photosReceived = true;
    }

    public boolean hasBuyerPhotos() {
        return photosReceived;
    }

    void weighed(long grams, long expected) {
        parcelGrams = grams;
        expectedGrams = expected;
    }

    public Long parcelGrams() {
        return parcelGrams;
    }

    public Long expectedGrams() {
        return expectedGrams;
    }

    void replacementShipped(String trackingNo) {
        replacementTrackingNo = trackingNo;
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

    /**
     * The natural key of this case's next agree or refusal: {@code caseId:ACTION:version}, with the attempt
     * number from the second on (a person's approval after a rejected agree is a new decision, not a repeat).
     */
    String nextActionKey(PlatformAction action) {
        paymentDecisions++;
        return caseId + ":" + action + ":" + platformVersion + (paymentDecisions == 1 ? "" : ":" + paymentDecisions);
    }

    void agreeing(String actionKey, long amount, String ruleId) {
        moveTo(CaseState.AGREEING);
        pendingActionKey = actionKey;
        pendingRuleId = ruleId;
        agreeingFen = amount;
    }

    void agreeingReturn(String actionKey, String ruleId) {
        moveTo(CaseState.AGREEING_RETURN);
        pendingActionKey = actionKey;
        pendingRuleId = ruleId;
    }

    /** EX-1: the replacement shipped, the platform is told; in flight until it confirms. */
    void consigningExchange(String actionKey, String ruleId) {
        pendingActionKey = actionKey;
        pendingRuleId = ruleId;
    }

    /** The platform took the return's agreement: nothing is in flight, the buyer's turn begins. */
    void returnAgreed(Instant at) {
        pendingActionKey = null;
        returnLeg().agreed(at);
    }

    void refusing(String actionKey, String ruleId) {
        moveTo(CaseState.REFUSING);
        pendingActionKey = actionKey;
        pendingRuleId = ruleId;
        plannedRefusal = null;
    }

    void warehouseAsked(String ruleId) {
        warehouseRuleId = ruleId;
    }

    /** The warehouse cancelled the order before it shipped (NS-1..NS-3 stopped it, or it was cancelled already). */
    void shipmentCancelled(Instant at) {
        if (shipmentCancelledAt == null) {
            shipmentCancelledAt = at;
        }
    }

    public Instant shipmentCancelledAt() {
        return shipmentCancelledAt;
    }

    /** A cancelled shipment the platform has not been told of, nor been decided not to be told of. */
    boolean shipmentCancelUnsettled() {
        return shipmentCancelledAt != null && !shipmentCancelSettled;
    }

    /** Reported, or decided not to report: at most once per refund. */
    void shipmentCancelSettled() {
        shipmentCancelSettled = true;
    }

    /** The rule of the last stop or shipment asked of the warehouse; null before any (or in a case stored before). */
    public String warehouseRuleId() {
        return warehouseRuleId;
    }

    /** The rule whose agree or refusal is (or was last) in flight. */
    public String pendingRuleId() {
        return pendingRuleId;
    }

    /** The platform did not take the agree/refuse: nothing is in flight any more. */
    void actionFailed() {
        pendingActionKey = null;
        agreeingFen = 0;
    }

    /** A person is called; an agree or refusal already in flight keeps its state until the platform answers. */
    void escalate() {
        escalated = true;
        if (state != CaseState.ESCALATED && pendingActionKey == null) {
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
        if (goodsReturned || (returnLeg != null && returnLeg.isReceived())) {
            return true;
        }
        if (stopFailed && (fulfilment == null || !fulfilment.shipped())) {
            return false;
        }
        return fulfilment != null && (fulfilment.shipped() ? interceptHeld : !forceShip);
    }

    /** The platform offers this action here; a platform that declared nothing is assumed to offer it. */
    public boolean platformOffers(PlatformAction action) {
        return capabilities == null || capabilities.contains(action);
    }

    public boolean customMade() {
        return item != null && item.customMade();
    }

    public boolean productionStarted() {
        return item != null && item.productionStarted();
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

    public boolean forceShip() {
        return forceShip;
    }

    public boolean stopWasRefused() {
        return stopFailed;
    }

    public Address destination() {
        return destination;
    }

    public ItemAttributes item() {
        return item;
    }

    public boolean labelPrinted() {
        return labelPrinted;
    }

    public TrackingStatus parcelStatus() {
        return parcelStatus;
    }

    public Instant lastMovementAt() {
        return lastMovementAt;
    }

    public Address parcelLocation() {
        return parcelLocation;
    }

    public boolean interceptHeldFlag() {
        return interceptHeld;
    }

    public boolean interceptWasRequested() {
        return interceptRequested;
    }

    public boolean goodsBack() {
        return goodsReturned;
    }

    public boolean lost() {
        return parcelLost;
    }

    public String signingProofUrl() {
        return signingProofUrl;
    }

    public boolean buyerHasWritten() {
        return buyerWrote;
    }

    public boolean buyerWantsReship() {
        return buyerWantsReship;
    }

    public NegotiationKind negotiationKind() {
        return negotiationKind;
    }

    public Long negotiationAmountFen() {
        return negotiationAmountFen;
    }

    public String negotiationKey() {
        return negotiationKey;
    }

    /** The rule that proposed the last negotiation: an accepted proposal is carried out under it. */
    public String negotiationRule() {
        return negotiationRule;
    }

    public boolean negotiated() {
        return negotiations > 0;
    }

    public PlannedRefusal plannedRefusal() {
        return plannedRefusal;
    }

    public boolean claimFiled() {
        return claimed;
    }

    public String replacementTrackingNo() {
        return replacementTrackingNo;
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
