package com.refundpilot.logistics.adapter.in.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 4xx problem+json naming the offending input three ways, as the sandbox protocol does: {@code detail}
 * ({@code "trackingNo: must not be blank"}), {@code field} (the first offending field, alphabetically) and
 * {@code errors} ({@code [{"field","message"}]}). 400 for bad input; a courier push may also be refused 401 (its
 * signature) or 413 (its size), named the same way.
 */
final class FieldProblems {

    record FieldError(String field, String message) {
    }

    private FieldProblems() {
    }

    static ErrorResponseException badRequest(List<FieldError> errors) {
        return problem(HttpStatus.BAD_REQUEST, errors);
    }

    static ErrorResponseException badRequest(String field, String message) {
        return problem(HttpStatus.BAD_REQUEST, List.of(new FieldError(field, message)));
    }

    static ErrorResponseException unauthorized(String field, String message) {
        return problem(HttpStatus.UNAUTHORIZED, List.of(new FieldError(field, message)));
    }

    static ErrorResponseException tooLarge(String field, String message) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, List.of(new FieldError(field, message)));
    }

    private static ErrorResponseException problem(HttpStatus status, List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        String detail = String.join("; ", sorted.stream().map(e -> e.field() + ": " + e.message()).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("field", sorted.get(0).field());
        problem.setProperty("errors", sorted.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return new ErrorResponseException(status, problem, null);
    }
}
