package com.refundpilot.logistics.application;

import com.refundpilot.logistics.domain.CourierReply;
import com.refundpilot.logistics.domain.CourierRequest;
import com.refundpilot.logistics.domain.InterceptAnswer;
import com.refundpilot.logistics.domain.ShipmentLookup;

/**
 * The courier's open API, as the use cases need it. Implementations retry transient failures themselves and
 * answer every outcome as a value: a refusal or an outage is a result, never an exception.
 */
public interface CourierGateway {

    /** Asks the courier to stop the parcel; idempotent per {@code requestId} on the courier's side. */
    InterceptAnswer intercept(String trackingNo, String requestId, String reason);

    /** Where the parcel is now, as the courier shows it. */
    ShipmentLookup shipment(String trackingNo);

    /** Sends a request other than an intercept; idempotent per {@code request.requestId()} on the courier's side. */
    CourierReply ask(String trackingNo, CourierRequest request);
}
