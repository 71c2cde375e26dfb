package com.refundpilot.contracts.vocabulary;

import com.refundpilot.contracts.Require;

/** A place at province/city granularity (no street: that is personal data and never travels on Kafka). */
public record Address(String province, String city) {

    public Address {
        Require.text(province, "province");
    }

    /** True when both name the same province (cities are compared when both are known). */
    public boolean sameCityAs(Address other) {
        return other != null && province.equals(other.province())
                && (city == null || other.city() == null || city.equals(other.city()));
    }
}
