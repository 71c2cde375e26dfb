package com.refundpilot.platform.domain.taobao;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Taobao message topic + fetched refund → the canonical event, or nothing for topics the system does not
 * act on. Deadlines come from {@code refund_remind_timeout} (DL-1), else the per-platform default.
 */
public final class TaobaoRefundNormalizer {

    private final Duration defaultDeadline;

    public TaobaoRefundNormalizer(Duration defaultDeadline) {
        this.defaultDeadline = defaultDeadline;
    }

    public Optional<Event> normalize(String topic, TaobaoRefund refund, Platform platform, Instant now) {
        OrderRef order = new OrderRef(platform, refund.sellerNick(), refund.tid());
        return switch (topic) {
            case "taobao_refund_RefundCreated", "taobao_refund_RefundBuyerModifyAgreement" ->
                    "WAIT_SELLER_AGREE".equals(refund.status()) ? Optional.of(requested(order, refund, now))
                            : Optional.empty();
            case "taobao_refund_RefundSuccess" -> Optional.of(new PlatformRefundSettled(order, refund.refundId(),
                    PlatformRefundSettled.Settlement.REFUNDED, TaobaoWire.fen(refund.refundFee()), modifiedOr(refund, now)));
            case "taobao_refund_RefundClosed" -> Optional.of(new PlatformRefundSettled(order, refund.refundId(),
                    PlatformRefundSettled.Settlement.CLOSED, 0, modifiedOr(refund, now)));
            default -> Optional.empty();
        };
    }

    private RefundRequested requested(OrderRef order, TaobaoRefund refund, Instant now) {
        Instant requestedAt = refund.created() == null ? now : TaobaoWire.instant(refund.created());
        Instant deadline = refund.timeoutExists() && refund.timeout() != null
                ? TaobaoWire.instant(refund.timeout())
                : requestedAt.plus(defaultDeadline);
        long paid = refund.totalFee() == null ? TaobaoWire.fen(refund.refundFee()) : TaobaoWire.fen(refund.totalFee());
        return new RefundRequested(order, refund.refundId(), typeOf(refund), TaobaoReasons.normalize(refund.reason()),
                refund.reason(), TaobaoWire.fen(refund.refundFee()), Math.max(1, refund.num()), paid,
                Math.max(1, refund.orderNum()), refund.outerId(), requestedAt, deadline, refund.refundVersion());
    }

    static RefundType typeOf(TaobaoRefund refund) {
        if (refund.reship()) {
            return RefundType.RESHIP;
        }
        return switch (refund.billType() == null ? "refund_bill" : refund.billType()) {
            case "return_bill" -> RefundType.RETURN_AND_REFUND;
            case "replace_bill" -> RefundType.EXCHANGE;
            default -> RefundType.REFUND_ONLY;
        };
    }

    private static Instant modifiedOr(TaobaoRefund refund, Instant now) {
        return refund.modified() == null ? now : TaobaoWire.instant(refund.modified());
    }
}
