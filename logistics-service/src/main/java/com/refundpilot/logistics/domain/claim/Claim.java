package com.refundpilot.logistics.domain.claim;

import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A courier claim form (索赔, refund-sop-spec §8): the order, SKU, tracking number and courier, and the goods' value
 * in fen. Lifecycle {@code DRAFT → APPROVED → SUBMITTED → COMPENSATED | REJECTED}; finance may also reject a draft,
 * and a courier that refuses the submission outright rejects an approved claim. Every transition answers the
 * {@link ClaimUpdated} to publish; a transition the lifecycle does not allow throws
 * {@link ClaimTransitionException}. One claim per case and parcel ({@link #idFor}), so a repeated request lands on
 * the same claim. Pure Java.
 */
public final class Claim {

    public static final String BY_POLICY = "POLICY";
    public static final String BY_COURIER = "COURIER";

    private String claimId;
    private OrderRef order;
    private String caseId;
    private String carrier;
    private String trackingNo;
    private String sku;
    private long valueFen;
    private String reason;
    private ClaimStatus status;
    private String courierReference;
    private ClaimSettlement settlement;
    private Instant filedAt;
    private Instant updatedAt;
    private List<ClaimStep> history = new ArrayList<>();

    private Claim() {
        // for the persistence mapper
    }

    /** The claim of one case for one parcel. */
    public static String idFor(String caseId, String trackingNo) {
        return "CL:" + caseId + ":" + trackingNo;
    }

    /** A new claim form, DRAFT; {@link #drafted()} is its first event. */
    public static Claim draft(OrderRef order, String caseId, String carrier, String trackingNo, String sku,
            long valueFen, String reason, Instant now) {
        if (valueFen < 1) {
            throw new IllegalArgumentException("valueFen must be at least 1");
        }
        var claim = new Claim();
        claim.order = Objects.requireNonNull(order, "order");
        claim.caseId = Objects.requireNonNull(caseId, "caseId");
        claim.trackingNo = Objects.requireNonNull(trackingNo, "trackingNo");
        claim.claimId = idFor(caseId, trackingNo);
        claim.carrier = carrier;
        claim.sku = sku;
        claim.valueFen = valueFen;
        claim.reason = reason;
        claim.filedAt = now;
        claim.move(ClaimStatus.DRAFT, now, null, reason);
        return claim;
    }

    public ClaimUpdated drafted() {
        return event(filedAt);
    }

    /** DRAFT → APPROVED, by finance (a name) or by the policy ({@link #BY_POLICY}). */
    public ClaimUpdated approve(String by, Instant now) {
        if (status != ClaimStatus.DRAFT) {
            throw notFrom(ClaimStatus.APPROVED, "ALREADY_APPROVED");
        }
        return move(ClaimStatus.APPROVED, now, by, null);
    }

    /** DRAFT → REJECTED by finance: the claim is not worth making. */
    public ClaimUpdated rejectByFinance(String by, String why, Instant now) {
        if (status != ClaimStatus.DRAFT) {
            throw notFrom(ClaimStatus.REJECTED, "ALREADY_APPROVED");
        }
        settlement = ClaimSettlement.rejected(why);
        return move(ClaimStatus.REJECTED, now, by, why);
    }

    /** APPROVED → SUBMITTED: the courier took the claim under its own reference. */
    public ClaimUpdated submitted(String reference, Instant now) {
        if (status != ClaimStatus.APPROVED) {
            throw notFrom(ClaimStatus.SUBMITTED, notYetApprovedOrSubmitted());
        }
        courierReference = reference;
        return move(ClaimStatus.SUBMITTED, now, BY_COURIER, reference);
    }

    /** APPROVED → REJECTED: the courier refused to take the claim at all (its code and detail are the reason). */
    public ClaimUpdated refusedByCourier(String code, String detail, Instant now) {
        if (status != ClaimStatus.APPROVED) {
            throw notFrom(ClaimStatus.REJECTED, notYetApprovedOrSubmitted());
        }
        String why = code + (detail == null ? "" : ": " + detail);
        settlement = ClaimSettlement.rejected(why);
        return move(ClaimStatus.REJECTED, now, BY_COURIER, why);
    }

    /** SUBMITTED → COMPENSATED or REJECTED, as the courier decided. */
    public ClaimUpdated settle(ClaimSettlement decision, Instant now) {
        Objects.requireNonNull(decision, "decision");
        ClaimStatus target = decision.compensated() ? ClaimStatus.COMPENSATED : ClaimStatus.REJECTED;
        if (status != ClaimStatus.SUBMITTED) {
            throw notFrom(target, "NOT_SUBMITTED");
        }
        settlement = decision;
        return move(target, now, BY_COURIER, decision.compensated() ? null : decision.reason());
    }

    /** Whether the claim was already settled exactly so (a repeated settlement is not a new fact). */
    public boolean settledAs(ClaimSettlement decision) {
        return status.settled() && decision.sameAs(settlement);
    }

    private ClaimUpdated move(ClaimStatus to, Instant now, String by, String note) {
        status = to;
        updatedAt = now;
        history.add(new ClaimStep(to, now, by, note));
        return event(now);
    }

    private ClaimUpdated event(Instant at) {
        return new ClaimUpdated(order, caseId, claimId, status, carrier, trackingNo, sku, valueFen,
                compensatedFen(), courierReference, at);
    }

    /** The refusal of a transition: ALREADY_SETTLED for a settled claim, else {@code codeWhenOpen}. */
    private ClaimTransitionException notFrom(ClaimStatus target, String codeWhenOpen) {
        String code = status.settled() ? "ALREADY_SETTLED" : codeWhenOpen;
        return new ClaimTransitionException(code, status, "claim " + claimId + " is " + status
                + (status.settled() ? " (settled)" : "") + ": it cannot become " + target);
    }

    private String notYetApprovedOrSubmitted() {
        return status == ClaimStatus.DRAFT ? "NOT_APPROVED" : "ALREADY_SUBMITTED";
    }

    public String claimId() {
        return claimId;
    }

    public OrderRef order() {
        return order;
    }

    public String caseId() {
        return caseId;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNo() {
        return trackingNo;
    }

    public String sku() {
        return sku;
    }

    public long valueFen() {
        return valueFen;
    }

    public String reason() {
        return reason;
    }

    public ClaimStatus status() {
        return status;
    }

    public String courierReference() {
        return courierReference;
    }

    public long compensatedFen() {
        return settlement == null ? 0 : settlement.compensatedFen();
    }

    public String rejectionReason() {
        return settlement == null || settlement.compensated() ? null : settlement.reason();
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ClaimStep> history() {
        return List.copyOf(history);
    }
}
