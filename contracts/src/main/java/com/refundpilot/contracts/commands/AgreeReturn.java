package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.envelope.DeliveryDeadline;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/**
 * RR-1: agree that the buyer returns the goods, to the shop's return address ({@code addressText} is the
 * merchant's own warehouse address, not personal data). {@code merchantPaysShipping} tells the buyer the shop
 * bears the return postage (quality, not as described, wrong item, damaged). Once per {@code actionKey}.
 */
public record AgreeReturn(OrderRef order, String caseId, String refundId, String province, String city,
        String addressText, boolean merchantPaysShipping, long platformVersion, String actionKey, String ruleId,
        Instant deliverBy) implements Command, CaseMessage, DeliveryDeadline {

    public AgreeReturn {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.text(province, "province");
        Require.text(city, "city");
        Require.text(actionKey, "actionKey");
        Require.text(ruleId, "ruleId");
    }

    /** Without a delivery bound (the shape before {@code deliverBy}). */
    public AgreeReturn(OrderRef order, String caseId, String refundId, String province, String city,
            String addressText, boolean merchantPaysShipping, long platformVersion, String actionKey, String ruleId) {
        this(order, caseId, refundId, province, city, addressText, merchantPaysShipping, platformVersion, actionKey,
                ruleId, null);
    }
}
