package com.refundpilot.refund.application;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.refund.domain.PlannedRefusal;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.refund.domain.CaseState;
import com.refundpilot.refund.domain.ComplaintCase;
import com.refundpilot.refund.domain.Decision;
import com.refundpilot.refund.domain.OrderFile;
import com.refundpilot.refund.domain.RefundCase;
import com.refundpilot.refund.domain.TimelineEntry;
import java.time.Instant;
import java.util.List;

/** A case as the API shows it: facts, state, outcome, every decision with its rule and the timeline. */
public record CaseView(
        String caseId,
        String platform,
        String shopId,
        String orderId,
        String platformRefundId,
        RefundType type,
        RefundReason reason,
        String platformReason,
        long amountFen,
        int quantity,
        long orderPaidFen,
        long orderRemainingFen,
        Instant requestedAt,
        Instant deadline,
        CaseState state,
        FulfilmentState fulfilment,
        Parcel parcel,
        Negotiation negotiation,
        PlannedRefusal plannedRefusal,
        String replacementTrackingNo,
        boolean escalated,
        CaseOutcome outcome,
        long refundedFen,
        Instant closedAt,
        List<String> rules,
        List<Decision> decisions,
        List<TimelineEntry> timeline) {

    /** The outbound parcel as the case knows it (null before the warehouse reported it shipped). */
    public record Parcel(String carrier, String trackingNo, TrackingStatus status, Instant lastMovementAt,
            Address location, Address destination, boolean interceptRequested, boolean comingBack, boolean returned,
            boolean lost, String signingProofUrl) {
    }

    /** The last negotiation (协商) proposed, and the rule that proposed it. */
    public record Negotiation(NegotiationKind kind, Long amountFen, String ruleId) {
    }

    /** A complaint shown like a case: its kind as the reason, the compensation as what was paid out. */
    static CaseView of(OrderFile file, ComplaintCase c) {
        CaseState state = c.isOpen() ? CaseState.ESCALATED : CaseState.CLOSED;
        return new CaseView(c.caseId(), file.order().platform().name(), file.order().shopId(), file.order().orderId(),
                c.complaintId(), null, null, "COMPLAINT:" + c.kind(), 0, 0, file.paidFen(), file.remainingFen(),
                c.filedAt(), c.deadline(), state, null, null, null, null, null, true, c.outcome(),
                c.outcome() == null ? 0 : c.compensationFen(), c.closedAt(),
                c.decisions().stream().map(Decision::ruleId).toList(), c.decisions(), c.timeline());
    }

    static CaseView of(OrderFile file, RefundCase c) {
        Parcel parcel = c.trackingNo() == null ? null : new Parcel(c.carrier(), c.trackingNo(), c.parcelStatus(),
                c.lastMovementAt(), c.parcelLocation(), c.destination(), c.interceptWasRequested(),
                c.interceptHeldFlag(), c.goodsBack(), c.lost(), c.signingProofUrl());
        Negotiation negotiation = c.negotiationKind() == null ? null
                : new Negotiation(c.negotiationKind(), c.negotiationAmountFen(), c.negotiationRule());
        return new CaseView(c.caseId(), file.order().platform().name(), file.order().shopId(), file.order().orderId(),
                c.refundId(), c.type(), c.reason(), c.platformReason(), c.amountFen(), c.quantity(), file.paidFen(),
                file.remainingFen(), c.requestedAt(), c.deadline(), c.state(), c.fulfilment(), parcel, negotiation,
                c.plannedRefusal(), c.replacementTrackingNo(), c.escalated(),
                c.outcome(), c.refundedFen(), c.closedAt(), c.decisions().stream().map(Decision::ruleId).toList(),
                c.decisions(), c.timeline());
    }
}
