package com.refundpilot.warehouse.application;

/**
 * The ERP gave no answer to recording a staff record, after the client's retries (answered 503): nothing was
 * recorded or published; the same record again is safe (the ERP is idempotent per request ID).
 */
public class ErpUnavailableException extends RuntimeException {

    public ErpUnavailableException(String detail) {
        super("the ERP is unavailable, nothing was recorded; try again: " + detail);
    }
}
