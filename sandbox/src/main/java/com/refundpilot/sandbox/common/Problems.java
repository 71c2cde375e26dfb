package com.refundpilot.sandbox.common;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the problem+json answers every sandbox API shares. */
public final class Problems {

    private Problems() {
    }

    /** 400 naming the offending field in {@code detail}, in {@code field} and in {@code errors}. */
    public static ProblemDetail badField(String field, String message) {
        return badFields(List.of(Map.of("field", field, "message", message)));
    }

    public static ProblemDetail badFields(List<Map<String, String>> errors) {
        Map<String, String> first = errors.get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join("; ", errors.stream().map(e -> e.get("field") + ": " + e.get("message")).toList()));
        problem.setProperty("field", first.get("field"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** 409 with a {@code code} a client can switch on. */
    public static ProblemDetail conflict(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty("code", code);
        return problem;
    }

    public static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
