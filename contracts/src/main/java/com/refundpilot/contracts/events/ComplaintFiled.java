package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * A buyer filed a complaint (投诉) about an order: a case of its own, {@code caseId = platform:shop:complaintId}.
 * {@code kind} is LATE_SHIPMENT, SERVICE or OTHER; {@code deadline} is the merchant's deadline to answer;
 * {@code promisedShipBy}/{@code shippedAt} are the platform's record of the order (CP-1), {@code orderPaidFen} what
 * the buyer paid (a compensation's base); each null when unknown (added later).
 */
public record ComplaintFiled(OrderRef order, String complaintId, String kind, Instant deadline, Instant filedAt,
        Instant promisedShipBy, Instant shippedAt, Long orderPaidFen) implements Event, CaseMessage {

    /** The first version's fields only. */
    public ComplaintFiled(OrderRef order, String complaintId, String kind, Instant deadline, Instant filedAt) {
        this(order, complaintId, kind, deadline, filedAt, null, null, null);
    }

    /** Without the order's paid amount (added last). */
    public ComplaintFiled(OrderRef order, String complaintId, String kind, Instant deadline, Instant filedAt,
            Instant promisedShipBy, Instant shippedAt) {
        this(order, complaintId, kind, deadline, filedAt, promisedShipBy, shippedAt, null);
    }

    public ComplaintFiled {
        Require.present(order, "order");
        Require.text(complaintId, "complaintId");
        Require.text(kind, "kind");
        Require.present(deadline, "deadline");
        Require.present(filedAt, "filedAt");
    }

    @Override
    public String caseId() {
        return order.caseIdOf(complaintId);
    }
}
