package com.refundpilot.refund.application;

import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.refund.domain.ShopPolicy;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The policy a shop's cases are decided under. For now one policy for every shop from configuration
 * ({@code refundpilot.policy.*}, the spec's defaults); per-shop storage and its API come with the
 * refund-only SOP issue.
 */
@Component
public class ShopPolicies {

    private final ShopPolicy policy;

    public ShopPolicies(@Value("${refundpilot.policy.high-value-threshold-fen:20000}") long highValueThresholdFen,
            @Value("${refundpilot.policy.decision-margin:PT24H}") Duration decisionMargin,
            @Value("${refundpilot.policy.last-resort-margin:PT2H}") Duration lastResortMargin,
            @Value("${refundpilot.policy.automation-grace:PT10M}") Duration automationGrace) {
        this.policy = new ShopPolicy(highValueThresholdFen, decisionMargin, lastResortMargin, automationGrace);
    }

    public ShopPolicy forOrder(OrderRef order) {
        return policy;
    }
}
