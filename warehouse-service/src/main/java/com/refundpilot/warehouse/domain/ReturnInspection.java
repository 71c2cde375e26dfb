package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.InspectionResult;
import java.time.Instant;
import java.util.List;

/** Staff inspected the parcel; {@code erp} as for {@link ReturnArrival}. */
public record ReturnInspection(InspectionResult result, int receivedQuantity, List<String> photoUrls, String notes,
        String inspectedBy, Instant inspectedAt, String erp) {

    public ReturnInspection {
        photoUrls = photoUrls == null ? List.of() : List.copyOf(photoUrls);
    }
}
