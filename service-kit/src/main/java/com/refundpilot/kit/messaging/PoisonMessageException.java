package com.refundpilot.kit.messaging;

/** A decodable message that can never be applied (e.g. refers to a case that cannot exist): dead-letter it. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }
}
