package com.refundpilot.contracts.envelope;

import java.time.Instant;

/**
 * A command to an outside party that is worth carrying out only until {@link #deliverBy()}: after that the
 * receiver gives up and reports it undelivered, so a person can still act before the platform's own deadline.
 * Null means no bound was given (older producers): the receiver then reports a failure at once, as before.
 */
public interface DeliveryDeadline {

    Instant deliverBy();
}
