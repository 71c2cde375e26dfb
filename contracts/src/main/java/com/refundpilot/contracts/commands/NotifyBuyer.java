package com.refundpilot.contracts.commands;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Command;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.util.Map;

/** Message the buyer with one of the shop's templates (话术), filled with {@code params}. */
public record NotifyBuyer(OrderRef order, String caseId, String refundId, BuyerMessageTemplate template,
        Map<String, String> params, String ruleId) implements Command, CaseMessage {

    public NotifyBuyer {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(refundId, "refundId");
        Require.present(template, "template");
        params = Map.copyOf(Require.present(params, "params"));
    }
}
