package com.refundpilot.logistics.domain;

/**
 * What the courier answered a {@link CourierRequest}: accepted ({@code proofUrl}/{@code claimId} when the kind
 * has one), or not, with a {@code code}: the courier's own (NOT_SIGNED, ALREADY_SIGNED), UNKNOWN_PARCEL /
 * REQUEST_REJECTED for a 404 / other 4xx, COURIER_UNAVAILABLE after the retries, NO_DESTINATION when there was
 * nothing to send.
 */
public record CourierReply(boolean ok, String code, String detail, String proofUrl, String claimId) {

    public static final String COURIER_UNAVAILABLE = "COURIER_UNAVAILABLE";
    public static final String NO_DESTINATION = "NO_DESTINATION";

    public static CourierReply accepted(String proofUrl, String claimId) {
        return new CourierReply(true, null, null, proofUrl, claimId);
    }

    public static CourierReply refused(String code, String detail) {
        return new CourierReply(false, code, detail, null, null);
    }

    public static CourierReply unavailable(String detail) {
        return refused(COURIER_UNAVAILABLE, detail);
    }
}
