package com.refundpilot.scenario.model;

import java.util.Objects;

/**
 * A place: the buyer's address, the returns warehouse, a courier scan location.
 *
 * @param province e.g. 浙江
 * @param city e.g. 杭州, or {@code null} when only the province is known
 */
public record Address(String province, String city) {

    /** The default returns warehouse of {@code policy.returnAddress}. */
    public static final Address DEFAULT_RETURN_ADDRESS = new Address("浙江", "杭州");

    public Address {
        Objects.requireNonNull(province, "province");
    }
}
