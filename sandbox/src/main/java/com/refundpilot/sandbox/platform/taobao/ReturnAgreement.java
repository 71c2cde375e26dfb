package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/**
 * The merchant agreed to take the goods back (taobao.rp.returngoods.agree): where to send them and who pays
 * the postage. {@code address} is the street line of the shop's returns warehouse, empty when not given.
 */
public record ReturnAgreement(String province, String city, String address, boolean sellerPaysPostage,
        long version, Instant at) {

    /** Taobao's {@code address} field of the refund: the whole return address on one line. */
    String oneLine() {
        return String.join(" ", province, city, address).trim();
    }
}
