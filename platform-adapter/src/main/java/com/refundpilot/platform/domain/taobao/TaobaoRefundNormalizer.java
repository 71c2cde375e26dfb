package com.refundpilot.platform.domain.taobao;

import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformRefundSettled.Settlement;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Taobao push + what was fetched for it → the canonical events, or none with a reason. Deadlines come from
 * {@code refund_remind_timeout} (DL-1), else the per-platform default. Anything that cannot be mapped (an
 * unknown bill type, a malformed amount) is dropped with its reason, never thrown: one odd message must not
 * stop the others.
 */
public final class TaobaoRefundNormalizer {

    private static final String WAIT_SELLER_AGREE = "WAIT_SELLER_AGREE";

    private final Duration defaultDeadline;
    private final Set<PlatformAction> capabilities;
    private final TaobaoConversationNormalizer conversation = new TaobaoConversationNormalizer();
    private final TaobaoComplaintNormalizer complaints;

    public TaobaoRefundNormalizer(Duration defaultDeadline, Set<PlatformAction> capabilities) {
        this.defaultDeadline = defaultDeadline;
        this.capabilities = capabilities;
        this.complaints = new TaobaoComplaintNormalizer(defaultDeadline);
    }

    public Normalized normalize(TaobaoPush push, TaobaoFacts facts, Platform platform, Instant now) {
        try {
            return map(push, facts, platform, now);
        } catch (RuntimeException unmappable) {
            return Normalized.dropped("unmappable " + push.topic() + ": " + unmappable.getMessage());
        }
    }

    private Normalized map(TaobaoPush push, TaobaoFacts facts, Platform platform, Instant now) {
        if (TaobaoTopics.aboutComplaint(push.topic())) {
            return complaints.normalize(push.topic(), facts.complaint(), platform, now);
        }
        TaobaoRefund refund = facts.refund();
        if (refund == null) {
            return Normalized.dropped(TaobaoTopics.ignoredBecause(push.topic()));
        }
        OrderRef order = new OrderRef(platform, refund.sellerNick(), refund.tid());
        return switch (push.topic()) {
            case TaobaoTopics.REFUND_CREATED -> waiting(refund)
                    ? Normalized.of(requested(order, refund, now)) : notWaiting(refund);
            case TaobaoTopics.BUYER_MODIFY -> waiting(refund)
                    ? Normalized.of(modified(order, refund, now)) : notWaiting(refund);
            case TaobaoTopics.BUYER_RETURN_GOODS -> conversation.returnShipped(order, refund, now);
            case TaobaoTopics.REFUND_SUCCESS -> succeeded(order, refund, push, now);
            case TaobaoTopics.REFUND_CLOSED -> closed(order, refund, now);
            case TaobaoTopics.INTERVENED -> intervened(order, refund, now);
            case TaobaoTopics.TIMEOUT_CHANGED -> deadlineChanged(order, refund, now);
            case TaobaoTopics.CREATE_MESSAGE -> conversation.buyerReplied(order, refund, push, facts.chat(), now);
            case TaobaoTopics.NEGOTIATION_ANSWERED ->
                    conversation.negotiationAnswered(order, refund, push, facts.negotiations(), now);
            default -> Normalized.dropped(TaobaoTopics.ignoredBecause(push.topic()));
        };
    }

    private RefundRequested requested(OrderRef order, TaobaoRefund refund, Instant now) {
        Instant requestedAt = refund.created() == null ? now : TaobaoWire.instant(refund.created());
        long paid = refund.totalFee() == null ? TaobaoWire.fen(refund.refundFee()) : TaobaoWire.fen(refund.totalFee());
        return new RefundRequested(order, refund.refundId(), typeOf(refund), TaobaoReasons.normalize(refund.reason()),
                refund.reason(), TaobaoWire.fen(refund.refundFee()), Math.max(1, refund.num()), paid,
                Math.max(1, refund.orderNum()), refund.outerId(), requestedAt, deadlineOf(refund, requestedAt),
                refund.refundVersion(), capabilities);
    }

    private RefundModified modified(OrderRef order, TaobaoRefund refund, Instant now) {
        Instant modifiedAt = modifiedOr(refund, now);
        return new RefundModified(order, refund.refundId(), typeOf(refund), TaobaoReasons.normalize(refund.reason()),
                refund.reason(), TaobaoWire.fen(refund.refundFee()), Math.max(1, refund.num()),
                deadlineOf(refund, modifiedAt), refund.refundVersion(), modifiedAt);
    }

    /** Paid by a staff decision: the verdict first, then the payment (what refund-service settles on). */
    private static Normalized succeeded(OrderRef order, TaobaoRefund refund, TaobaoPush push, Instant now) {
        Instant at = modifiedOr(refund, now);
        // The push says what was paid; the refund object's refund_fee is what was asked.
        long paid = TaobaoWire.fen(push.refundFee() != null ? push.refundFee() : refund.refundFee());
        var settled = new PlatformRefundSettled(order, refund.refundId(), Settlement.REFUNDED, paid, at);
        return refund.decidedByPlatform()
                ? Normalized.of(new PlatformVerdict(order, refund.refundId(), false, at), settled)
                : Normalized.of(settled);
    }

    private static Normalized closed(OrderRef order, TaobaoRefund refund, Instant now) {
        Instant at = modifiedOr(refund, now);
        return refund.decidedByPlatform()
                ? Normalized.of(new PlatformVerdict(order, refund.refundId(), true, at))
                : Normalized.of(new PlatformRefundSettled(order, refund.refundId(), Settlement.CLOSED, 0, at));
    }

    /** Times are the platform's ({@code modified}), not our receipt's: a redelivery an hour later says the same. */
    private static Normalized deadlineChanged(OrderRef order, TaobaoRefund refund, Instant now) {
        if (!refund.timeoutExists() || refund.timeout() == null) {
            return Normalized.dropped("refund " + refund.refundId() + " has no running deadline");
        }
        return Normalized.of(new DeadlineChanged(order, refund.refundId(), TaobaoWire.instant(refund.timeout()),
                refund.refundVersion(), modifiedOr(refund, now)));
    }

    private Normalized intervened(OrderRef order, TaobaoRefund refund, Instant now) {
        Instant at = modifiedOr(refund, now);
        Instant evidenceDeadline = refund.csEvidenceTimeout() == null ? at.plus(defaultDeadline)
                : TaobaoWire.instant(refund.csEvidenceTimeout());
        return Normalized.of(new PlatformIntervened(order, refund.refundId(), evidenceDeadline, at));
    }


    private Instant deadlineOf(TaobaoRefund refund, Instant from) {
        return refund.timeoutExists() && refund.timeout() != null ? TaobaoWire.instant(refund.timeout())
                : from.plus(defaultDeadline);
    }

    private static boolean waiting(TaobaoRefund refund) {
        return WAIT_SELLER_AGREE.equals(refund.status());
    }

    private static Normalized notWaiting(TaobaoRefund refund) {
        return Normalized.dropped("refund " + refund.refundId() + " no longer waits on the merchant ("
                + refund.status() + ")");
    }

    static RefundType typeOf(TaobaoRefund refund) {
        if (refund.reship()) {
            return RefundType.RESHIP;
        }
        String billType = refund.billType() == null ? "refund_bill" : refund.billType();
        return switch (billType) {
            case "refund_bill" -> RefundType.REFUND_ONLY;
            case "return_bill" -> RefundType.RETURN_AND_REFUND;
            case "replace_bill" -> RefundType.EXCHANGE;
            default -> throw new IllegalArgumentException("unknown bill_type " + billType);
        };
    }

    static Instant modifiedOr(TaobaoRefund refund, Instant now) {
        return refund.modified() == null ? now : TaobaoWire.instant(refund.modified());
    }
}
