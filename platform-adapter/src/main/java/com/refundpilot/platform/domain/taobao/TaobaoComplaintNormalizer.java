package com.refundpilot.platform.domain.taobao;

import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Duration;
import java.time.Instant;

/**
 * Complaint pushes → canonical events about the complaint's own case ({@code caseRef} = the complaint ID): filed
 * (with the order's promised and actual ship times), intervened, decided, deadline moved. Times are the platform's.
 */
final class TaobaoComplaintNormalizer {

    private final Duration defaultDeadline;

    TaobaoComplaintNormalizer(Duration defaultDeadline) {
        this.defaultDeadline = defaultDeadline;
    }

    Normalized normalize(String topic, TaobaoComplaint complaint, Platform platform, Instant now) {
        if (complaint == null) {
            return Normalized.dropped("no complaint fetched for " + topic);
        }
        OrderRef order = new OrderRef(platform, complaint.sellerNick(), complaint.tid());
        Instant at = complaint.modified() == null ? now : TaobaoWire.instant(complaint.modified());
        return switch (topic) {
            case TaobaoTopics.COMPLAINT_CREATED -> filed(order, complaint, now);
            case TaobaoTopics.COMPLAINT_INTERVENED -> Normalized.of(new PlatformIntervened(order,
                    complaint.complaintId(), complaint.csEvidenceTimeout() == null ? at.plus(defaultDeadline)
                            : TaobaoWire.instant(complaint.csEvidenceTimeout()), at));
            case TaobaoTopics.COMPLAINT_DECIDED -> complaint.verdict() == null
                    ? Normalized.dropped("complaint " + complaint.complaintId() + " shows no verdict")
                    : Normalized.of(new PlatformVerdict(order, complaint.complaintId(),
                            "MERCHANT".equals(complaint.verdict()), at));
            case TaobaoTopics.COMPLAINT_TIMEOUT_CHANGED -> !complaint.awaitsAnswer() || complaint.timeout() == null
                    ? Normalized.dropped("complaint " + complaint.complaintId() + " awaits no answer ("
                            + complaint.status() + ")")
                    : Normalized.of(new DeadlineChanged(order, complaint.complaintId(),
                            TaobaoWire.instant(complaint.timeout()), 0, at));
            default -> Normalized.dropped(TaobaoTopics.ignoredBecause(topic));
        };
    }

    private Normalized filed(OrderRef order, TaobaoComplaint complaint, Instant now) {
        Instant filedAt = complaint.created() == null ? now : TaobaoWire.instant(complaint.created());
        Instant deadline = complaint.timeout() == null ? filedAt.plus(defaultDeadline)
                : TaobaoWire.instant(complaint.timeout());
        return Normalized.of(new ComplaintFiled(order, complaint.complaintId(), complaintKind(complaint.type()),
                deadline, filedAt, instantOrNull(complaint.promisedShipTime()), instantOrNull(complaint.consignTime()),
                complaint.payment() == null ? null : TaobaoWire.fen(complaint.payment())));
    }

    static String complaintKind(String type) {
        return "LATE_SHIPMENT".equals(type) || "SERVICE".equals(type) ? type : "OTHER";
    }

    private static Instant instantOrNull(String time) {
        return time == null || time.isBlank() ? null : TaobaoWire.instant(time);
    }
}
