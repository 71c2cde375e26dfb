package com.refundpilot.platform.domain.jd;

import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.domain.Normalized;
import java.time.Duration;
import java.time.Instant;

/**
 * Complaint messages → canonical events about the complaint's own case ({@code caseRef} = the complaint ID): filed
 * (with the order's promised and actual ship times), intervened, decided, deadline moved. Times are the platform's.
 */
final class JdComplaintNormalizer {

    private final Duration defaultDeadline;

    JdComplaintNormalizer(Duration defaultDeadline) {
        this.defaultDeadline = defaultDeadline;
    }

    Normalized normalize(String topic, JdComplaint complaint, Instant now) {
        if (complaint == null) {
            return Normalized.dropped("no complaint read for " + topic);
        }
        OrderRef order = new OrderRef(Platform.JD, complaint.buId(), complaint.orderId());
        Instant at = complaint.modified() == null ? now : complaint.modified();
        return switch (topic) {
            case JdTopics.COMPLAINT_CREATE -> {
                Instant filedAt = complaint.created() == null ? now : complaint.created();
                yield Normalized.of(new ComplaintFiled(order, complaint.complaintId(),
                        JdCodes.complaintKind(complaint.complaintType()),
                        complaint.expireTime() == null ? filedAt.plus(defaultDeadline) : complaint.expireTime(),
                        filedAt, complaint.promiseShipTime(), complaint.outBoundTime(), complaint.orderPaymentFen()));
            }
            case JdTopics.COMPLAINT_INTERVENE -> Normalized.of(new PlatformIntervened(order, complaint.complaintId(),
                    complaint.intervene() == null || complaint.intervene().evidenceExpireTime() == null
                            ? at.plus(defaultDeadline) : complaint.intervene().evidenceExpireTime(), at));
            case JdTopics.COMPLAINT_DECIDE -> complaint.intervene() == null || !complaint.intervene().decided()
                    ? Normalized.dropped("complaint " + complaint.complaintId() + " shows no verdict")
                    : Normalized.of(new PlatformVerdict(order, complaint.complaintId(),
                            complaint.intervene().forMerchant(), at));
            case JdTopics.COMPLAINT_EXPIRE_CHANGE -> !complaint.awaitsAnswer() || complaint.expireTime() == null
                    ? Normalized.dropped("complaint " + complaint.complaintId() + " awaits no answer (status "
                            + complaint.status() + ")")
                    : Normalized.of(new DeadlineChanged(order, complaint.complaintId(), complaint.expireTime(), 0, at));
            default -> Normalized.dropped(JdTopics.ignoredBecause(topic));
        };
    }
}
