package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.logistics.adapter.in.web.FieldProblems.FieldError;
import com.refundpilot.logistics.adapter.out.mongo.ClaimDocument;
import com.refundpilot.logistics.adapter.out.mongo.ClaimRepository;
import com.refundpilot.logistics.application.ClaimService;
import com.refundpilot.logistics.domain.claim.Claim;
import com.refundpilot.logistics.domain.claim.LossSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claims desk for finance and the loss register: {@code GET /api/claims?status=&shopId=}, {@code GET
 * /api/claims/{claimId}}, {@code POST /api/claims/{claimId}/approve} ({@code {"approvedBy"?}}) and {@code /reject}
 * ({@code {"reason","rejectedBy"?}}), {@code GET /api/losses?shopId=}. Bad input is 400 naming the field, an unknown
 * claim 404, a transition the lifecycle forbids (approving twice, acting on a settled claim) 409
 * ({@link ClaimProblems}); nothing changes on an error.
 */
@RestController
public class ClaimController {

    static final String FINANCE = "FINANCE";

    private final ClaimService claims;
    private final ClaimRepository repository;

    public ClaimController(ClaimService claims, ClaimRepository repository) {
        this.claims = claims;
        this.repository = repository;
    }

    @GetMapping("/api/claims")
    public List<ClaimView> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String shopId) {
        return repository.list(status(status), blankToNull(shopId)).stream().map(ClaimView::of).toList();
    }

    @GetMapping("/api/claims/{claimId}")
    public ClaimView get(@PathVariable String claimId) {
        return repository.find(claimId).map(ClaimDocument::claim).map(ClaimView::of)
                .orElseThrow(() -> unknown(claimId));
    }

    @PostMapping("/api/claims/{claimId}/approve")
    public ClaimView approve(@PathVariable String claimId, @RequestBody(required = false) Map<String, Object> body) {
        String by = optionalText(body, "approvedBy");
        return found(claimId, claims.approve(claimId, by == null ? FINANCE : by));
    }

    @PostMapping("/api/claims/{claimId}/reject")
    public ClaimView reject(@PathVariable String claimId, @RequestBody(required = false) Map<String, Object> body) {
        String reason = optionalText(body, "reason");
        String by = optionalText(body, "rejectedBy");
        if (reason == null) {
            throw FieldProblems.badRequest(List.of(new FieldError("reason", "must not be blank")));
        }
        return found(claimId, claims.reject(claimId, by == null ? FINANCE : by, reason));
    }

    @GetMapping("/api/losses")
    public LossSummary losses(@RequestParam(required = false) String shopId) {
        String shop = blankToNull(shopId);
        if (shop == null) {
            throw FieldProblems.badRequest(List.of(new FieldError("shopId", "must not be blank")));
        }
        return LossSummary.of(shop, repository.list(null, shop));
    }

    private static ClaimView found(String claimId, Optional<Claim> claim) {
        return claim.map(ClaimView::of).orElseThrow(() -> unknown(claimId));
    }

    private static ErrorResponseException unknown(String claimId) {
        return Problems.notFound("no claim " + claimId);
    }

    private static ClaimStatus status(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        return Arrays.stream(ClaimStatus.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> FieldProblems.badRequest(List.of(new FieldError("status", "unknown claim status '"
                        + value + "' (one of " + Arrays.toString(ClaimStatus.values()) + ")"))));
    }

    private static String optionalText(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw FieldProblems.badRequest(List.of(new FieldError(field, "must be a string")));
        }
        return blankToNull(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
