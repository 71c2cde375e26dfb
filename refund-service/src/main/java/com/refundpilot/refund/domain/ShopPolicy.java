package com.refundpilot.refund.domain;

import java.time.Duration;

/**
 * A shop's SOP settings (refund-sop-spec §1, §10). Defaults: high value above 200.00 CNY, decide 24 h and
 * act as a last resort 2 h before the platform deadline. {@code automationGrace} (default 10 min) is how
 * long a request that arrives already inside the decision margin is left to the automation before DL-2
 * calls a person.
 */
public record ShopPolicy(long highValueThresholdFen, Duration decisionMargin, Duration lastResortMargin,
        Duration automationGrace) {

    public static ShopPolicy defaults() {
        return new ShopPolicy(20_000, Duration.ofHours(24), Duration.ofHours(2), Duration.ofMinutes(10));
    }

    public ShopPolicy {
        if (highValueThresholdFen < 0 || decisionMargin.isNegative() || lastResortMargin.isNegative()
                || automationGrace.isNegative()) {
            throw new IllegalArgumentException("policy values must not be negative");
        }
        if (lastResortMargin.compareTo(decisionMargin) > 0) {
            throw new IllegalArgumentException("lastResortMargin must not exceed decisionMargin");
        }
    }
}
