package com.refundpilot.kit.testsupport;

import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import java.util.List;
import java.util.Map;

/** Small valid messages for plumbing tests. */
public final class SampleMessages {

    public static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1001");

    private SampleMessages() {
    }

    public static CaseDecided decided(String ruleId) {
        return new CaseDecided(ORDER, ORDER.caseIdOf("R1"), ruleId, Map.of(), List.of(), "test");
    }

    public static NotifyBuyer notifyBuyer() {
        return new NotifyBuyer(ORDER, ORDER.caseIdOf("R1"), "R1", BuyerMessageTemplate.REFUND_APPROVED, Map.of(),
                "NS-1");
    }
}
