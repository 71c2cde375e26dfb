package com.refundpilot.platform.domain.wechat;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.domain.Normalized;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order complaint (投诉; a sandbox assumption, wechat.md §6) read for a push, compared with what was seen: filed,
 * taken over by staff, decided, or its answer deadline moved. Like an after-sale's, the push names a status only.
 */
public final class WechatComplaintNormalizer {

    public record Result(Normalized normalized, WechatComplaintSeen seen) {
    }

    private final Duration defaultDeadline;
    private final Duration tolerance;

    public WechatComplaintNormalizer(Duration defaultDeadline, Duration tolerance) {
        this.defaultDeadline = defaultDeadline;
        this.tolerance = tolerance;
    }

    public Result normalize(WechatComplaintSeen before, WechatOrderComplaint c, String shopId, Instant readAt) {
        try {
            return compare(before, c, shopId, readAt);
        } catch (RuntimeException unmappable) {
            return new Result(Normalized.dropped("unmappable order complaint " + c.complaintId() + ": "
                    + unmappable.getMessage()), before);
        }
    }

    private Result compare(WechatComplaintSeen before, WechatOrderComplaint c, String shopId, Instant readAt) {
        OrderRef order = new OrderRef(Platform.WECHAT_CHANNELS, shopId, c.orderId());
        Instant at = c.updateTime() > 0 ? Instant.ofEpochSecond(c.updateTime()) : readAt;
        Instant deadline = c.deadlineSeconds() > 0 ? readAt.plusSeconds(c.deadlineSeconds()) : null;
        boolean intervened = before != null && before.intervened();
        boolean decided = before != null && before.decided();
        List<Event> events = new ArrayList<>();
        boolean waiting = c.status().equals(WechatOrderComplaint.WAITING);
        if (before == null && waiting) {
            Instant filedAt = c.createTime() > 0 ? Instant.ofEpochSecond(c.createTime()) : readAt;
            events.add(new ComplaintFiled(order, c.complaintId(), kindOf(c.complaintType()),
                    deadline != null ? deadline : filedAt.plus(defaultDeadline), filedAt, instant(c.promisedShipTime()),
                    instant(c.shipTime()), c.orderPriceFen() > 0 ? c.orderPriceFen() : null));
        } else if (before != null && waiting && before.status().equals(WechatOrderComplaint.WAITING) && deadline != null
                && before.deadlineMillis() != null
                && Duration.between(Instant.ofEpochMilli(before.deadlineMillis()), deadline).abs()
                        .compareTo(tolerance) > 0) {
            events.add(new DeadlineChanged(order, c.complaintId(), deadline, 0, at));
        }
        if (c.status().equals(WechatOrderComplaint.PLATFORM_HANDLING) && !intervened) {
            Instant evidenceDeadline = c.proofDeadline() > 0 ? Instant.ofEpochSecond(c.proofDeadline())
                    : at.plus(defaultDeadline);
            events.add(new PlatformIntervened(order, c.complaintId(), evidenceDeadline, at));
            intervened = true;
        }
        if (c.status().equals(WechatOrderComplaint.CLOSED) && c.verdict() != 0 && !decided) {
            events.add(new PlatformVerdict(order, c.complaintId(), c.verdict() == 1, at));
            decided = true;
        }
        Normalized normalized = events.isEmpty()
                ? Normalized.dropped("no change of order complaint " + c.complaintId() + " to act on (" + c.status() + ")")
                : new Normalized(events, null);
        return new Result(normalized, new WechatComplaintSeen(c.complaintId(), c.status(),
                deadline == null ? null : deadline.toEpochMilli(), intervened, decided));
    }

    static String kindOf(int complaintType) {
        return switch (complaintType) {
            case 1 -> "LATE_SHIPMENT";
            case 2 -> "SERVICE";
            default -> "OTHER";
        };
    }

    private static Instant instant(long epochSeconds) {
        return epochSeconds > 0 ? Instant.ofEpochSecond(epochSeconds) : null;
    }
}
