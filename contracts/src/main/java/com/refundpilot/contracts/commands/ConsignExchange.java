package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * EX-1: tell the platform the exchange's replacement is on its way (Taobao's taobao.exchange.consigngoods): the
 * returned goods are received and the request ends without a refund, so the platform's receipt deadline can no
 * longer auto-refund it. Once per {@code actionKey}.
 */
public record ConsignExchange(OrderRef order, String caseId, String refundId, String carrier, String trackingNo,
        long platformVersion, String actionKey, String ruleId, Instant deliverBy)
        implements Command, CaseMessage, DeliveryDeadline {

    public ConsignExchange {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.text(trackingNo, "trackingNo");
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public ConsignExchange(OrderRef order, String caseId, String refundId, String carrier, String trackingNo,
            long platformVersion, String actionKey, String ruleId) {
        this(order, caseId, refundId, carrier, trackingNo, platformVersion, actionKey, ruleId, null);
    }
}
