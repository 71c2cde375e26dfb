package com.refundpilot.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform pushes an event ({@code platform:}). Components an event does not use are null.
 *
 * @param at when
 * @param event what happened
 * @param orderId the order; filled in from the only order when the file leaves it out
 * @param refundId the platform refund ID (every event but COMPLAINT_FILED, which has a complaintId;
 *     PLATFORM_INTERVENED, PLATFORM_VERDICT and DEADLINE_CHANGED name one or the other)
 * @param complaintId the complaint ID, or null
 * @param type request type (REFUND_REQUESTED, REFUND_MODIFIED, NEGOTIATION_ACCEPTED)
 * @param reason normalized reason (REFUND_REQUESTED, REFUND_MODIFIED)
 * @param amountFen requested / accepted amount in fen
 * @param quantity requested quantity
 * @param deadlineIn the platform deadline of the stage, from this step's time
 * @param carrier return carrier (RETURN_SHIPPED)
 * @param trackingNo return tracking number (RETURN_SHIPPED)
 * @param evidenceDeadlineIn evidence deadline (PLATFORM_INTERVENED)
 * @param verdictFor who won (PLATFORM_VERDICT, key {@code for})
 * @param kind complaint kind (COMPLAINT_FILED)
 * @param deliveries how many times the platform pushes this same message (duplicate webhooks), at least 1
 */
public record PlatformStep(
        Duration at,
        PlatformEvent event,
        String orderId,
        String refundId,
        String complaintId,
        RequestType type,
        Reason reason,
        Long amountFen,
        Integer quantity,
        Duration deadlineIn,
        String carrier,
        String trackingNo,
        Duration evidenceDeadlineIn,
        Verdict verdictFor,
        ComplaintKind kind,
        int deliveries)
        implements Step {

    public PlatformStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(orderId, "orderId");
        if (deliveries < 1) {
            throw new IllegalArgumentException("deliveries < 1");
        }
    }

    @Override
    public String actor() {
        return "platform";
    }

    /** The case this step belongs to: the refund ID, else the complaint ID. */
    public String caseId() {
        return refundId != null ? refundId : complaintId;
    }
}
