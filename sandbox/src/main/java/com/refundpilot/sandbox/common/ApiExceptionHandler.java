package com.refundpilot.sandbox.common;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of the control and ERP/courier APIs as application/problem+json. Extends Spring's
 * handler so framework errors (405, 415, unknown path) keep their problem bodies, and overrides the
 * two bad-input cases so that the answer names the field: a client author should see at once what to fix.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::describe)
                .sorted(Comparator.comparing((Map<String, String> e) -> e.get("field")))
                .toList();
        if (errors.isEmpty()) {
            return super.handleMethodArgumentNotValid(ex, headers, status, request);
        }
        return Problems.respond(Problems.badFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException jackson = findJacksonCause(ex);
        if (jackson != null && !jackson.getPath().isEmpty()) {
            return Problems.respond(Problems.badField(fieldPath(jackson), "unreadable value"));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                jackson != null ? "malformed JSON: " + jackson.getOriginalMessage() : "request body is missing or unreadable");
        return Problems.respond(problem);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return Problems.respond(Problems.badField(ex.field(), ex.getMessage()));
    }

    @ExceptionHandler(UnknownResourceException.class)
    ResponseEntity<Object> unknown(UnknownResourceException ex) {
        return Problems.respond(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return Problems.respond(Problems.conflict(ex.code(), ex.getMessage()));
    }

    private static Map<String, String> describe(FieldError error) {
        String message = error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
        return Map.of("field", error.getField(), "message", message);
    }

    private static JacksonException findJacksonCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** "items[0].sku" style: what the client wrote, not Java class names. */
    private static String fieldPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
