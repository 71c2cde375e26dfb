package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;
import java.util.List;

/** The warehouse inspected a returned parcel: the result, the pieces that came back, photos and notes. */
public record ReturnInspected(OrderRef order, String caseId, String trackingNo, InspectionResult result,
        int receivedQuantity, List<String> photoUrls, String notes, Instant inspectedAt) implements Event, CaseMessage {

    public ReturnInspected {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(result, "result");
        if (receivedQuantity < 0) {
            throw new IllegalArgumentException("receivedQuantity must not be negative, was " + receivedQuantity);
        }
        photoUrls = List.copyOf(Require.present(photoUrls, "photoUrls"));
        Require.present(inspectedAt, "inspectedAt");
    }
}
