package com.refundpilot.refund.domain;

import java.time.Duration;

/**
 * A shop's SOP settings (refund-sop-spec §1, §10). Defaults: high value above 200.00 CNY, decide 24 h and
 * act as a last resort 2 h before the platform deadline.
 */
public record ShopPolicy(long highValueThresholdFen, Duration decisionMargin, Duration lastResortMargin) {

    public static ShopPolicy defaults() {
        return new ShopPolicy(20_000, Duration.ofHours(24), Duration.ofHours(2));
    }

    public ShopPolicy {
        if (highValueThresholdFen < 0 || decisionMargin.isNegative() || lastResortMargin.isNegative()) {
            throw new IllegalArgumentException("policy values must not be negative");
        }
        if (lastResortMargin.compareTo(decisionMargin) > 0) {
            throw new IllegalArgumentException("lastResortMargin must not exceed decisionMargin");
        }
    }
}
