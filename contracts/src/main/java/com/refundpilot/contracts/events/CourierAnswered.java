package com.refundpilot.contracts.events;

import com.refundpilot.contracts.Require;
import com.refundpilot.contracts.envelope.CaseMessage;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.OrderRef;

/**
 * The courier answered a {@code logistics.ask-courier} request. {@code ok} false carries the courier's
 * {@code code} (e.g. NOT_SIGNED for a signing proof, COURIER_UNAVAILABLE). {@code proofUrl} is the signing
 * proof, {@code claimId} the courier's claim reference; {@code verdict} the answer to a delivery verification
 * when the courier gives one at once (SIGNED_BY_RECIPIENT, LOST), else null (the answer comes as tracking).
 */
public record CourierAnswered(OrderRef order, String caseId, String trackingNo, CourierRequestKind kind, boolean ok,
        String code, String detail, String proofUrl, String claimId, String verdict) implements Event, CaseMessage {

    public CourierAnswered {
        Require.present(order, "order");
        Require.text(caseId, "caseId");
        Require.text(trackingNo, "trackingNo");
        Require.present(kind, "kind");
        if (!ok) {
            Require.text(code, "code");
        }
    }
}
