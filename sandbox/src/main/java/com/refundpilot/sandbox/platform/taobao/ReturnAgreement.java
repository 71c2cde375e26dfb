package com.refundpilot.sandbox.platform.taobao;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The merchant agreed to take the goods back (taobao.rp.returngoods.agree): where to send them and who pays
 * the postage. {@code address} is the street line of the shop's returns warehouse, empty when not given.
 * {@code contactName}/{@code contactPhone}: who receives the return, when the wire gives them (the generic one
 * does, TOP does not: null, and left out of the oracle's view).
 */
public record ReturnAgreement(String province, String city, String address, boolean sellerPaysPostage,
        long version, Instant at, @JsonInclude(JsonInclude.Include.NON_NULL) String contactName,
        @JsonInclude(JsonInclude.Include.NON_NULL) String contactPhone) {

    public ReturnAgreement(String province, String city, String address, boolean sellerPaysPostage, long version,
            Instant at) {
        this(province, city, address, sellerPaysPostage, version, at, null, null);
    }

    /** Taobao's {@code address} field of the refund: the whole return address on one line. */
    String oneLine() {
        return String.join(" ", province, city, address).trim();
    }
}
