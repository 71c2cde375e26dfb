package com.refundpilot.warehouse.application;

/** An order ID that several shops' orders share, named without a shop (answered 409 naming shopId). */
public class AmbiguousOrderException extends RuntimeException {

    public AmbiguousOrderException(String message) {
        super(message);
    }
}
