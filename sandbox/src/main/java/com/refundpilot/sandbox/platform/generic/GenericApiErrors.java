package com.refundpilot.sandbox.platform.generic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The generic API's refusals as its own JSON {@code {"code","message","field"?}}, not the control APIs'
 * problem+json: ahead of the sandbox-wide handler, and only for the generic controllers.
 */
@RestControllerAdvice(assignableTypes = {GenericAfterSaleController.class, GenericComplaintController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class GenericApiErrors {

    @ExceptionHandler(GenericApiException.class)
    ResponseEntity<Map<String, Object>> refused(GenericApiException refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", refusal.code());
        body.put("message", refusal.getMessage());
        if (refusal.field() != null) {
            body.put("field", refusal.field());
        }
        return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
