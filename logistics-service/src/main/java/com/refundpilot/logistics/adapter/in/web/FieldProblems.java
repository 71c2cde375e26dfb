package com.refundpilot.logistics.adapter.in.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 400 problem+json naming the offending input three ways, as the sandbox protocol does: {@code detail}
 * ({@code "trackingNo: must not be blank"}), {@code field} (the first offending field, alphabetically) and
 * {@code errors} ({@code [{"field","message"}]}).
 */
final class FieldProblems {

    record FieldError(String field, String message) {
    }

    private FieldProblems() {
    }

    static ErrorResponseException badRequest(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        String detail = String.join("; ", sorted.stream().map(e -> e.field() + ": " + e.message()).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("field", sorted.get(0).field());
        problem.setProperty("errors", sorted.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
