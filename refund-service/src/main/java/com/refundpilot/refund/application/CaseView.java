package com.refundpilot.refund.application;

import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.refund.domain.CaseState;
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
        boolean escalated,
        CaseOutcome outcome,
        long refundedFen,
        Instant closedAt,
        List<String> rules,
        List<Decision> decisions,
        List<TimelineEntry> timeline) {

    static CaseView of(OrderFile file, RefundCase c) {
        return new CaseView(c.caseId(), file.order().platform().name(), file.order().shopId(), file.order().orderId(),
                c.refundId(), c.type(), c.reason(), c.platformReason(), c.amountFen(), c.quantity(), file.paidFen(),
                file.remainingFen(), c.requestedAt(), c.deadline(), c.state(), c.fulfilment(), c.escalated(),
                c.outcome(), c.refundedFen(), c.closedAt(), c.decisions().stream().map(Decision::ruleId).toList(),
                c.decisions(), c.timeline());
    }
}
