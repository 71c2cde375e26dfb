package com.refundpilot.warehouse.application;

/** Staff named a waybill no case expects (answered 404). */
public class UnknownReturnException extends RuntimeException {

    public UnknownReturnException(String trackingNo) {
        super("no case expects a return with waybill " + trackingNo);
    }
}
