package com.refundpilot.refund.application;

import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.refund.adapter.out.mongo.ShopPolicyDocument;
import com.refundpilot.refund.domain.RefundOn;
import com.refundpilot.refund.domain.ShopPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The policy a shop's cases are decided under: the shop's own (stored, changed over the API) or the
 * configured defaults ({@code refundpilot.policy.*}, the spec's values). Read by {@code _id} on every decision.
 */
@Component
public class ShopPolicies {

    private final ShopPolicy defaults;
    private final MongoTemplate mongo;
    private final Clock clock;

    public ShopPolicies(MongoTemplate mongo, Clock clock,
            @Value("${refundpilot.policy.high-value-threshold-fen:20000}") long highValueThresholdFen,
            @Value("${refundpilot.policy.decision-margin:PT24H}") Duration decisionMargin,
            @Value("${refundpilot.policy.last-resort-margin:PT2H}") Duration lastResortMargin,
            @Value("${refundpilot.policy.automation-grace:PT10M}") Duration automationGrace,
            @Value("${refundpilot.policy.refund-on:INTERCEPT_CONFIRMED}") RefundOn refundOn,
            @Value("${refundpilot.policy.label-print-cutoff:09:00}") LocalTime labelPrintCutoff,
            @Value("${refundpilot.policy.return-province:浙江}") String returnProvince,
            @Value("${refundpilot.policy.return-city:杭州}") String returnCity,
            @Value("${refundpilot.policy.custom-made-retain-percent:30}") int customMadeRetainPercent,
            @Value("${refundpilot.policy.resale-deduction-percent:30}") int resaleDeductionPercent) {
        this.mongo = mongo;
        this.clock = clock;
        this.defaults = new ShopPolicy(highValueThresholdFen, decisionMargin, lastResortMargin, automationGrace,
                refundOn, labelPrintCutoff, new ShopPolicy.ReturnAddress(returnProvince, returnCity),
                customMadeRetainPercent, resaleDeductionPercent);
    }

    public ShopPolicy forOrder(OrderRef order) {
        return ownPolicy(order.platform().name(), order.shopId()).orElse(defaults);
    }

    public Optional<ShopPolicy> ownPolicy(String platform, String shopId) {
        return Optional.ofNullable(mongo.findById(ShopPolicyDocument.keyOf(platform, shopId), ShopPolicyDocument.class))
                .map(ShopPolicyDocument::policy);
    }

    public ShopPolicy defaults() {
        return defaults;
    }

    public ShopPolicy save(String platform, String shopId, ShopPolicy policy) {
        mongo.save(new ShopPolicyDocument(ShopPolicyDocument.keyOf(platform, shopId), policy, clock.instant()));
        return policy;
    }
}
