package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A buyer opened an after-sales request on a platform (normalized by platform-adapter).
 * {@code deadline} is the platform's deadline for the merchant's answer (DL-1); {@code platformVersion}
 * is the platform's optimistic version of the request, needed for actions on it. {@code capabilities} are the
 * merchant actions this platform offers (e.g. only some can extend the receipt time); null when the adapter
 * declares none (added later).
 */
public record RefundRequested(
        OrderRef order,
        String refundId,
        RefundType type,
        RefundReason reason,
        String platformReason,
        long amountFen,
        int quantity,
        long orderPaidFen,
        int orderQuantity,
        String sku,
        Instant requestedAt,
        Instant deadline,
        long platformVersion,
        Set<PlatformAction> capabilities) implements Event, CaseMessage {

    public RefundRequested {
        Require.present(order, "order");
        Require.text(refundId, "refundId");
        Require.present(type, "type");
        Require.present(reason, "reason");
        Require.nonNegative(amountFen, "amountFen");
        Require.positive(quantity, "quantity");
        Require.nonNegative(orderPaidFen, "orderPaidFen");
        Require.positive(orderQuantity, "orderQuantity");
        Require.present(requestedAt, "requestedAt");
        Require.present(deadline, "deadline");
        // enum order, so the wire form is stable
        capabilities = capabilities == null ? null : capabilities.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /** The first version's fields only: no capabilities declared. */
    public RefundRequested(OrderRef order, String refundId, RefundType type, RefundReason reason,
            String platformReason, long amountFen, int quantity, long orderPaidFen, int orderQuantity, String sku,
            Instant requestedAt, Instant deadline, long platformVersion) {
        this(order, refundId, type, reason, platformReason, amountFen, quantity, orderPaidFen, orderQuantity, sku,
                requestedAt, deadline, platformVersion, null);
    }

    @Override
    public String caseId() {
        return order.caseIdOf(refundId);
    }
}
