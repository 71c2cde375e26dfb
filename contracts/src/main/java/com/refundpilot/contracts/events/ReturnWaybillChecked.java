package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import java.time.Instant;

/**
 * logistics-service's check of a return waybill ({@code logistics.watch-return}), and again 24 h later while the
 * courier does not know it. {@code status}/{@code location} are the courier's view when it knows the parcel;
 * {@code otherCaseId} names the case that already used the number (USED_BY_ANOTHER_CASE).
 */
public record ReturnWaybillChecked(OrderRef order, String caseId, String carrier, String trackingNo,
        WaybillVerdict verdict, TrackingStatus status, Instant lastMovementAt, Address location, String otherCaseId,
        Instant checkedAt) implements Event, CaseMessage {

    public ReturnWaybillChecked {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(verdict, "verdict");
        Require.present(checkedAt, "checkedAt");
    }
}
