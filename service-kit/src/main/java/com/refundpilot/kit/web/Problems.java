package com.refundpilot.kit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Ready-made problem+json errors; {@code field} names the offending input so a caller can fix it. */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException badRequest(String field, String detail) {
        return problem(HttpStatus.BAD_REQUEST, field, detail);
    }

    public static ErrorResponseException unauthorized(String detail) {
        return problem(HttpStatus.UNAUTHORIZED, null, detail);
    }

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, null, detail);
    }

    public static ErrorResponseException conflict(String detail) {
        return problem(HttpStatus.CONFLICT, null, detail);
    }

    public static ErrorResponseException unprocessable(String field, String detail) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, field, detail);
    }

    public static ErrorResponseException unavailable(String detail) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, null, detail);
    }

    private static ErrorResponseException problem(HttpStatus status, String field, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            body.setProperty("field", field);
        }
        return new ErrorResponseException(status, body, null);
    }
}
