package com.refundpilot.warehouse.adapter.in.web;

import com.refundpilot.warehouse.application.AmbiguousOrderException;
import com.refundpilot.warehouse.application.ErpUnavailableException;
import com.refundpilot.warehouse.application.UnknownReturnException;
import com.refundpilot.warehouse.domain.InvalidRecordException;
import com.refundpilot.warehouse.domain.NoCaseAskedException;
import com.refundpilot.warehouse.domain.ReturnRefusedException;
import com.refundpilot.warehouse.domain.StopSequence;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The staff API's errors as problem+json: 400 names the field ({@code field} and {@code errors}, as the
 * kit's validation errors do), 409 carries a {@code code}, 503 {@code ERP_UNAVAILABLE}.
 */
@RestControllerAdvice(basePackageClasses = WarehouseWebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WarehouseWebErrors {

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecordException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler({UnknownReturnException.class, NoCaseAskedException.class})
    ResponseEntity<ProblemDetail> unknown(RuntimeException e) {
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(ReturnRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReturnRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", e.code());
        return respond(problem);
    }

    @ExceptionHandler(AmbiguousOrderException.class)
    ResponseEntity<ProblemDetail> ambiguous(AmbiguousOrderException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", "AMBIGUOUS_ORDER");
        problem.setProperty("field", "shopId");
        return respond(problem);
    }

    @ExceptionHandler(ErpUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ErpUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("code", StopSequence.ERP_UNAVAILABLE);
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
