package com.refundpilot.sandbox.erp;

import java.time.Instant;

/** The courier picking up a parcel the warehouse ships (a reship or an exchange's replacement). */
public interface ParcelHandover {

    /** Whether the courier already has a parcel with this tracking number. */
    boolean knows(String trackingNo);

    /** The courier collects the parcel now; {@code destination} may be null. */
    void collect(String carrier, String trackingNo, Consignee destination, Instant now);
}
