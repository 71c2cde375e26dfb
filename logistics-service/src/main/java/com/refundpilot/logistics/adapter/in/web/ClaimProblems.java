package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.logistics.domain.claim.ClaimTransitionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A claim transition its lifecycle forbids is 409 problem+json with the reason in {@code detail}, a {@code code} to
 * switch on (ALREADY_APPROVED, ALREADY_SETTLED, ...) and the claim's current {@code claimStatus}.
 */
@RestControllerAdvice(assignableTypes = {ClaimController.class, ClaimSettlementController.class})
class ClaimProblems {

    @ExceptionHandler(ClaimTransitionException.class)
    ResponseEntity<ProblemDetail> illegal(ClaimTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", e.code());
        problem.setProperty("claimStatus", e.status().name());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
