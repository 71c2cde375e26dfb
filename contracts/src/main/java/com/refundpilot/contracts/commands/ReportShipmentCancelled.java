package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * NS-1..NS-3 (ADR 0011): tell the platform that the shipment of a refund-only, not-shipped order was cancelled in the
 * warehouse (AliGenius / PDD PG / Douyin 售后小助手 "取消发货成功"). Informational: sent with the full agree, at most
 * once per refund ({@code actionKey} = {@code caseId:REPORT_SHIPMENT_CANCELLED}). {@code refundFen} is the refund's
 * amount (Taobao and Pinduoduo take it), {@code cancelledAt} when the warehouse confirmed the cancel.
 */
public record ReportShipmentCancelled(OrderRef order, String caseId, String refundId, long refundFen,
        Instant cancelledAt, String actionKey, String ruleId, Instant deliverBy)
        implements Command, CaseMessage, DeliveryDeadline {

    public ReportShipmentCancelled {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        if (refundFen < 1) {
            throw new IllegalArgumentException("refundFen must be at least 1, was " + refundFen);
        }
        Require.present(cancelledAt, "cancelledAt");
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }
}
