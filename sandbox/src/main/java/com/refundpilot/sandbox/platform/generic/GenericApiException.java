package com.refundpilot.sandbox.platform.generic;

/** A refused generic API call: the HTTP status and the spec's {@code code}, {@code message}, {@code field}. */
class GenericApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    GenericApiException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static GenericApiException invalidField(String field, String message) {
        return new GenericApiException(400, "INVALID_FIELD", field == null ? message : field + ": " + message, field);
    }

    static GenericApiException badSignature(String message) {
        return new GenericApiException(401, "BAD_SIGNATURE", message, null);
    }

    static GenericApiException expiredTimestamp(String message) {
        return new GenericApiException(401, "EXPIRED_TIMESTAMP", message, null);
    }

    static GenericApiException notFound(String kind, String id) {
        return new GenericApiException(404, "NOT_FOUND", "unknown " + kind + " " + id, null);
    }

    static GenericApiException conflict(String code, String message) {
        return new GenericApiException(409, code, message, null);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
