package com.refundpilot.warehouse.domain;

/** A staff record about an order no case has asked the warehouse about: there is nobody to tell. */
public class NoCaseAskedException extends RuntimeException {

    public NoCaseAskedException(String message) {
        super(message);
    }
}
