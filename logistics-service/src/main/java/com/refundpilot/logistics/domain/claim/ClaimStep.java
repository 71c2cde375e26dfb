package com.refundpilot.logistics.domain.claim;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import java.time.Instant;

/** One transition of a claim: the status it reached, when, who or what moved it, and a note (a reason). */
public record ClaimStep(ClaimStatus status, Instant at, String by, String note) {
}
