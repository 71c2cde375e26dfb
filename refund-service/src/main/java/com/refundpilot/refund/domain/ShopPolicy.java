package com.refundpilot.refund.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A shop's SOP settings (refund-sop-spec §1, §10). Defaults: high value above 200.00 CNY, decide 24 h and act
 * as a last resort 2 h before the platform deadline, agree RS-2 refunds once the intercept is confirmed, label
 * batch at 09:00, returns to 浙江 杭州. {@code automationGrace} (default 10 min) is how long a request that
 * arrives already inside the decision margin is left to the automation before DL-2 calls a person.
 * {@code customMadeRetainPercent} (default 30) is the share of a custom-made item's price NS-6 proposes to keep
 * when production has started (the seeds: "承担部分费用"); {@code resaleDeductionPercent} (default 30) is what RR-9
 * proposes to keep when returned goods can no longer be sold as new.
 */
public record ShopPolicy(long highValueThresholdFen, Duration decisionMargin, Duration lastResortMargin,
        Duration automationGrace, RefundOn refundOn, LocalTime labelPrintCutoff, ReturnAddress returnAddress,
        int customMadeRetainPercent, int resaleDeductionPercent) {

    public static final int DEFAULT_RESALE_DEDUCTION_PERCENT = 30;

    public static final int DEFAULT_CUSTOM_MADE_RETAIN_PERCENT = 30;

    /** Where the merchant's returns warehouse is (本地签收 vs 异地签收). */
    public record ReturnAddress(String province, String city) {
        public ReturnAddress {
            Objects.requireNonNull(province, "province");
            Objects.requireNonNull(city, "city");
        }
    }

    public static ShopPolicy defaults() {
        return new ShopPolicy(20_000, Duration.ofHours(24), Duration.ofHours(2), Duration.ofMinutes(10),
                RefundOn.INTERCEPT_CONFIRMED, LocalTime.of(9, 0), new ReturnAddress("浙江", "杭州"),
                DEFAULT_CUSTOM_MADE_RETAIN_PERCENT, DEFAULT_RESALE_DEDUCTION_PERCENT);
    }

    public ShopPolicy {
        Objects.requireNonNull(decisionMargin, "decisionMargin");
        Objects.requireNonNull(lastResortMargin, "lastResortMargin");
        Objects.requireNonNull(automationGrace, "automationGrace");
        Objects.requireNonNull(refundOn, "refundOn");
        Objects.requireNonNull(labelPrintCutoff, "labelPrintCutoff");
        Objects.requireNonNull(returnAddress, "returnAddress");
        if (highValueThresholdFen < 0) {
            throw new InvalidPolicyException("highValueThresholdFen", "must not be negative");
        }
        if (decisionMargin.isNegative() || lastResortMargin.isNegative() || automationGrace.isNegative()) {
            throw new InvalidPolicyException(decisionMargin.isNegative() ? "decisionMargin"
                    : lastResortMargin.isNegative() ? "lastResortMargin" : "automationGrace", "must not be negative");
        }
        if (customMadeRetainPercent < 0 || customMadeRetainPercent > 100) {
            throw new InvalidPolicyException("customMadeRetainPercent", "must be between 0 and 100");
        }
        if (resaleDeductionPercent < 0 || resaleDeductionPercent > 100) {
            throw new InvalidPolicyException("resaleDeductionPercent", "must be between 0 and 100");
        }
        if (lastResortMargin.compareTo(decisionMargin) > 0) {
            throw new InvalidPolicyException("lastResortMargin", "must not exceed decisionMargin");
        }
    }

    public ShopPolicy withRefundOn(RefundOn value) {
        return new ShopPolicy(highValueThresholdFen, decisionMargin, lastResortMargin, automationGrace, value,
                labelPrintCutoff, returnAddress, customMadeRetainPercent, resaleDeductionPercent);
    }

    /** A policy value that breaks a rule; names the field for the API's answer. */
    public static final class InvalidPolicyException extends IllegalArgumentException {
        private final String field;

        public InvalidPolicyException(String field, String problem) {
            super(field + " " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
