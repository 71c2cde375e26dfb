package com.refundpilot.platform.domain.douyin;

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
 * The sandbox's assumed complaint messages (9011–9014) → events about the complaint's own case ({@code caseRef} = the
 * complaint ID): filed (with the order's promised and actual ship times), intervened, decided, deadline moved.
 */
final class DouyinComplaintNormalizer {

    private final Duration defaultDeadline;

    DouyinComplaintNormalizer(Duration defaultDeadline) {
        this.defaultDeadline = defaultDeadline;
    }

    Normalized normalize(DouyinPushMessage m, DouyinComplaint c, Instant now) {
        if (c == null) {
            return Normalized.dropped("no complaint read for tag " + m.tag());
        }
        OrderRef order = new OrderRef(Platform.DOUYIN, c.shopId() != null ? c.shopId() : m.shopId(), c.orderId());
        Instant at = c.updatedAt() == null ? now : c.updatedAt();
        return switch (m.tag()) {
            case DouyinTags.COMPLAINT_CREATED -> {
                Instant filedAt = c.createdAt() == null ? now : c.createdAt();
                yield Normalized.of(new ComplaintFiled(order, c.complaintId(), c.kind(),
                        c.deadline() == null ? filedAt.plus(defaultDeadline) : c.deadline(), filedAt,
                        c.promisedShipAt(), c.shippedAt(), c.orderPaidFen()));
            }
            case DouyinTags.COMPLAINT_INTERVENED -> Normalized.of(new PlatformIntervened(order, c.complaintId(),
                    c.arbitration().evidenceDeadline() == null ? at.plus(defaultDeadline)
                            : c.arbitration().evidenceDeadline(), at));
            case DouyinTags.COMPLAINT_DECIDED -> c.arbitration().decided()
                    ? Normalized.of(new PlatformVerdict(order, c.complaintId(), c.arbitration().forMerchant(), at))
                    : Normalized.dropped("complaint " + c.complaintId() + " shows no verdict");
            case DouyinTags.COMPLAINT_TIMEOUT_CHANGED -> !c.awaitsAnswer() || c.deadline() == null
                    ? Normalized.dropped("complaint " + c.complaintId() + " awaits no answer (status " + c.status()
                            + ")")
                    : Normalized.of(new DeadlineChanged(order, c.complaintId(), c.deadline(), 0, at));
            default -> Normalized.dropped(DouyinTags.ignoredBecause(m.tag()));
        };
    }
}
