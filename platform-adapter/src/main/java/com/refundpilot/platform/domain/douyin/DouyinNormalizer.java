package com.refundpilot.platform.domain.douyin;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformRefundSettled.Settlement;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.chat.BuyerIntentClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A Douyin message + what was read for it → the canonical events, or none with a reason. The message names what
 * changed; the detail read says how the after-sale stands, so 206/207/208 (whose tags the public tables disagree on)
 * mean what the status says. Times are the platform's ({@code update_time} …), a deadline it names wins over the
 * default (DL-1), and anything unmappable is dropped with its reason, never thrown.
 */
public final class DouyinNormalizer {

    private final Duration defaultDeadline;
    private final Set<PlatformAction> capabilities;
    private final DouyinComplaintNormalizer complaints;

    public DouyinNormalizer(Duration defaultDeadline, Set<PlatformAction> capabilities) {
        this.defaultDeadline = defaultDeadline;
        this.capabilities = capabilities;
        this.complaints = new DouyinComplaintNormalizer(defaultDeadline);
    }

    public Normalized normalize(DouyinPushMessage message, DouyinFacts facts, Instant now) {
        try {
            if (DouyinTags.aboutComplaint(message.tag())) {
                return complaints.normalize(message, facts.complaint(), now);
            }
            DouyinAfterSale a = facts.afterSale();
            if (a == null) {
                return Normalized.dropped(DouyinTags.ignoredBecause(message.tag()));
            }
            Optional<RefundType> type = DouyinTypes.of(a.type());
            if (type.isEmpty()) {
                return Normalized.dropped("after-sale " + a.afterSaleId() + " is of type " + a.type()
                        + ", not a request the SOP handles");
            }
            return map(message, facts, a, type.get(), now);
        } catch (RuntimeException unmappable) {
            return Normalized.dropped("unmappable tag " + message.tag() + ": " + unmappable.getMessage());
        }
    }

    private Normalized map(DouyinPushMessage m, DouyinFacts facts, DouyinAfterSale a, RefundType type, Instant now) {
        OrderRef order = new OrderRef(Platform.DOUYIN, m.shopId(), a.orderId() != null ? a.orderId() : m.orderId());
        return switch (m.tag()) {
            case DouyinTags.REFUND_CREATED -> a.waitsOnMerchant() ? Normalized.of(requested(order, a, type, now))
                    : notWaiting(a);
            case DouyinTags.REFUND_MODIFIED, DouyinTags.REFUND_SUCCESS, DouyinTags.REFUND_CLOSED ->
                    changed(m.tag(), order, a, type);
            case DouyinTags.BUYER_RETURN_GOODS -> returnShipped(order, a);
            case DouyinTags.EXPIRATION_CHANGE -> a.statusDeadline() == null
                    ? Normalized.dropped("after-sale " + a.afterSaleId() + " has no running deadline")
                    : Normalized.of(new DeadlineChanged(order, a.afterSaleId(), a.statusDeadline(), a.updateTime(),
                            a.updatedAt()));
            case DouyinTags.ARBITRATE_SERVICE_INTERVENE -> intervened(order, a, now);
            case DouyinTags.ARBITRATE_AUDITED -> a.arbitration().decided()
                    ? Normalized.of(new PlatformVerdict(order, a.afterSaleId(), a.arbitration().forMerchant(),
                            a.updatedAt()))
                    : Normalized.dropped("after-sale " + a.afterSaleId() + " shows no arbitration conclusion");
            case DouyinTags.BUYER_MESSAGE -> buyerReplied(order, a, m, facts, now);
            case DouyinTags.NEGOTIATION_ANSWERED -> negotiationAnswered(order, a, m, facts, now);
            default -> Normalized.dropped(DouyinTags.ignoredBecause(m.tag()));
        };
    }

    private RefundRequested requested(OrderRef order, DouyinAfterSale a, RefundType type, Instant now) {
        Instant requestedAt = a.appliedAt() == null ? now : a.appliedAt();
        int quantity = Math.max(1, a.quantity());
        return new RefundRequested(order, a.afterSaleId(), type, DouyinReasons.normalize(a.reason()), a.reason(),
                a.refundTotalFen(), quantity, a.orderPaidFen() > 0 ? a.orderPaidFen() : a.refundTotalFen(),
                Math.max(quantity, a.orderQuantity()), a.sku(), requestedAt,
                a.statusDeadline() != null ? a.statusDeadline() : requestedAt.plus(defaultDeadline), a.updateTime(),
                capabilities);
    }

    /**
     * 206, 207 and 208 by the status read: succeeded → the money went; closed → it ended without money (but a closure
     * the arbitration decided for the merchant was said by the verdict, 216); waiting on the merchant after 208 → the
     * buyer changed the request.
     */
    private Normalized changed(String tag, OrderRef order, DouyinAfterSale a, RefundType type) {
        if (a.status() == DouyinStatuses.SUCCEEDED) {
            long paid = a.realRefundFen() > 0 ? a.realRefundFen() : a.refundTotalFen();
            return Normalized.of(new PlatformRefundSettled(order, a.afterSaleId(), Settlement.REFUNDED, paid,
                    a.updatedAt()));
        }
        if (a.status() == DouyinStatuses.CLOSED) {
            return a.arbitration().decided() && a.arbitration().forMerchant()
                    ? Normalized.dropped("after-sale " + a.afterSaleId() + " closed by the arbitration verdict (216)")
                    : Normalized.of(new PlatformRefundSettled(order, a.afterSaleId(), Settlement.CLOSED, 0,
                            a.updatedAt()));
        }
        if (DouyinTags.REFUND_MODIFIED.equals(tag) && a.waitsOnMerchant()) {
            return Normalized.of(new RefundModified(order, a.afterSaleId(), type, DouyinReasons.normalize(a.reason()),
                    a.reason(), a.refundTotalFen(), Math.max(1, a.quantity()),
                    a.statusDeadline() != null ? a.statusDeadline() : a.updatedAt().plus(defaultDeadline),
                    a.updateTime(), a.updatedAt()));
        }
        return Normalized.dropped("after-sale " + a.afterSaleId() + " is in status " + a.status()
                + ": nothing tag " + tag + " stands for");
    }

    private static Normalized returnShipped(OrderRef order, DouyinAfterSale a) {
        DouyinAfterSale.Parcel parcel = a.returnParcel();
        if (parcel == null || parcel.trackingNo() == null || parcel.trackingNo().isBlank()) {
            return Normalized.dropped("after-sale " + a.afterSaleId() + " carries no return waybill");
        }
        Instant deadline = a.status() == DouyinStatuses.RETURN_SHIPPED ? a.statusDeadline() : null;
        return Normalized.of(new ReturnShipped(order, a.afterSaleId(), parcel.carrier(), parcel.trackingNo(), deadline,
                a.updateTime(), parcel.at() != null ? parcel.at() : a.updatedAt()));
    }

    private Normalized intervened(OrderRef order, DouyinAfterSale a, Instant now) {
        DouyinAfterSale.Arbitration arbitration = a.arbitration();
        Instant at = arbitration.createdAt() != null ? arbitration.createdAt() : now;
        Instant evidenceDeadline = arbitration.evidenceDeadline() != null ? arbitration.evidenceDeadline()
                : at.plus(defaultDeadline);
        return Normalized.of(new PlatformIntervened(order, a.afterSaleId(), evidenceDeadline, at));
    }

    private static Normalized buyerReplied(OrderRef order, DouyinAfterSale a, DouyinPushMessage m, DouyinFacts facts,
            Instant now) {
        Optional<DouyinChatMessage> said = facts.chat().stream().filter(c -> c.messageId().equals(m.messageId()))
                .findFirst();
        if (said.isEmpty()) {
            return Normalized.dropped("chat message " + m.messageId() + " of after-sale " + a.afterSaleId()
                    + " not found");
        }
        DouyinChatMessage message = said.get();
        if (!message.fromBuyer()) {
            return Normalized.dropped("chat message " + message.messageId() + " is not the buyer's (role "
                    + message.role() + ")");
        }
        String text = message.content() == null ? "" : message.content();
        return Normalized.of(new BuyerReplied(order, a.afterSaleId(), BuyerIntentClassifier.classify(text), text,
                !message.images().isEmpty(), message.at() == null ? now : message.at()));
    }

    private static Normalized negotiationAnswered(OrderRef order, DouyinAfterSale a, DouyinPushMessage m,
            DouyinFacts facts, Instant now) {
        Optional<DouyinNegotiation> found = facts.negotiations().stream()
                .filter(n -> n.negotiationId().equals(m.negotiationId())).findFirst();
        if (found.isEmpty() || !found.get().answered()) {
            return Normalized.dropped("no answered negotiation " + m.negotiationId() + " on after-sale "
                    + a.afterSaleId());
        }
        DouyinNegotiation n = found.get();
        Long amountFen = null;
        if (n.accepted() && n.type() == DouyinNegotiation.PARTIAL_REFUND) {
            amountFen = n.acceptedFen() != null ? n.acceptedFen() : n.amountFen();
        }
        return Normalized.of(new NegotiationAnswered(order, a.afterSaleId(), n.accepted(), amountFen, a.updateTime(),
                n.answeredAt() == null ? now : n.answeredAt()));
    }

    private static Normalized notWaiting(DouyinAfterSale a) {
        return Normalized.dropped("after-sale " + a.afterSaleId() + " no longer waits on the merchant (status "
                + a.status() + ")");
    }
}
