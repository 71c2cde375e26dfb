package com.refundpilot.refund.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * caseId → order key, so a case (and its timers) can be found by {@code _id}. Written before the order file;
 * an entry whose order file never got saved points at nothing and is harmless.
 */
@Document("case_index")
public record CaseIndexDocument(@Id String caseId, String orderKey, String platform, String shopId,
        String platformRefundId) {
}
