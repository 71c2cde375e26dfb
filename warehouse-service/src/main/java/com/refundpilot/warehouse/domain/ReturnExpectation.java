package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;

/** A case told the warehouse a return is coming: which order and case, the goods, how many pieces. */
public record ReturnExpectation(OrderRef order, String caseId, String carrier, String sku, int quantity,
        Instant expectedAt) {
}
