package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.kit.web.Problems;
import com.refundpilot.logistics.adapter.in.web.FieldProblems.FieldError;
import com.refundpilot.logistics.application.ClaimService;
import com.refundpilot.logistics.domain.claim.ClaimSettlement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox courier's claim settlement push, {@code POST /claims/sandbox}
 * {@code {"claimId","trackingNo","status":"COMPENSATED|REJECTED","compensatedFen","reason","at"}} ({@code claimId}
 * is the courier's reference). Answers 200 (also for a repeat of a recorded settlement, {@code duplicate:true}),
 * 400 naming the field, 404 for a claim this service never submitted, 409 when the claim is not SUBMITTED (a
 * different settlement of a settled claim).
 */
@RestController
public class ClaimSettlementController {

    private final ClaimService claims;

    public ClaimSettlementController(ClaimService claims) {
        this.claims = claims;
    }

    @PostMapping("/claims/sandbox")
    public Map<String, Object> settle(@RequestBody Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        String claimId = text(body, "claimId", true, errors);
        String status = text(body, "status", true, errors);
        String reason = text(body, "reason", false, errors);
        String at = text(body, "at", true, errors);
        ClaimSettlement settlement = null;
        if ("COMPENSATED".equals(status)) {
            Long fen = fen(body.get("compensatedFen"), errors);
            settlement = fen == null ? null : ClaimSettlement.compensated(fen);
        } else if ("REJECTED".equals(status)) {
            settlement = ClaimSettlement.rejected(reason);
        } else if (status != null) {
            errors.add(new FieldError("status", "must be COMPENSATED or REJECTED, not '" + status + "'"));
        }
        Instant instant = null;
        if (at != null) {
            try {
                instant = Instant.parse(at);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("at", "'" + at + "' is not an ISO-8601 instant"));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldProblems.badRequest(errors);
        }
        return switch (claims.settle(claimId, settlement, instant)) {
            case SETTLED -> Map.of("accepted", true, "duplicate", false);
            case DUPLICATE -> Map.of("accepted", true, "duplicate", true);
            case UNKNOWN_CLAIM -> throw Problems.notFound("no submitted claim with the courier's reference " + claimId);
        };
    }

    private static Long fen(Object value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("compensatedFen", "must not be null for a COMPENSATED claim"));
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0) {
            errors.add(new FieldError("compensatedFen", "must be a whole number of fen, at least 0"));
            return null;
        }
        return ((Number) value).longValue();
    }

    private static String text(Map<String, Object> body, String field, boolean required, List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null || value instanceof String blank && blank.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return text.trim();
    }
}
