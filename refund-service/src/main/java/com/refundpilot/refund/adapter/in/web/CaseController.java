package com.refundpilot.refund.adapter.in.web;

import com.refundpilot.kit.web.Problems;
import com.refundpilot.refund.application.CaseQueries;
import com.refundpilot.refund.application.CaseView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case API: what the system decided for a request, and why. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final CaseQueries queries;

    public CaseController(CaseQueries queries) {
        this.queries = queries;
    }

    /** A case by its ID, {@code PLATFORM:shopId:platformRefundId}. */
    @GetMapping("/{caseId}")
    public CaseView byId(@PathVariable String caseId) {
        return queries.byId(caseId).orElseThrow(() -> Problems.notFound("no case " + caseId));
    }

    /** Cases by the platform's refund ID, optionally narrowed to a platform and shop. */
    @GetMapping
    public List<CaseView> search(@RequestParam(required = false) String platformRefundId,
            @RequestParam(required = false) String platform, @RequestParam(required = false) String shopId) {
        if (platformRefundId == null || platformRefundId.isBlank()) {
            throw Problems.badRequest("platformRefundId", "query parameter platformRefundId is required");
        }
        return queries.byPlatformRefundId(platformRefundId, platform, shopId);
    }
}
