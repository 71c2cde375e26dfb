package com.refundpilot.platform.domain.generic;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ComplaintFiled;
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
import com.refundpilot.platform.domain.taobao.TaobaoReasons;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A generic push → the canonical events, or none with a reason. The push carries the whole after-sale as it stands
 * after the change, so nothing is fetched. Times are the platform's ({@code updatedAt}), so a redelivery says the
 * same; a deadline the platform names wins over the default (DL-1). What cannot be mapped is dropped with its
 * reason, never thrown.
 */
public final class GenericNormalizer {

    private final Duration defaultDeadline;
    private final Set<PlatformAction> capabilities;

    public GenericNormalizer(Duration defaultDeadline, Set<PlatformAction> capabilities) {
        this.defaultDeadline = defaultDeadline;
        this.capabilities = capabilities;
    }

    public Normalized normalize(GenericPush push, Instant now) {
        try {
            return push.aboutComplaint() ? complaint(push, now) : afterSale(push, now);
        } catch (RuntimeException unmappable) {
            return Normalized.dropped("unmappable " + push.type() + ": " + unmappable.getMessage());
        }
    }

    private Normalized afterSale(GenericPush push, Instant now) {
        GenericAfterSale a = push.afterSale();
        OrderRef order = new OrderRef(Platform.GENERIC, shopOf(a.shopId(), push), a.orderId());
        Instant at = a.updatedAt() == null ? now : a.updatedAt();
        return switch (push.type()) {
            case GenericEventTypes.CREATED -> a.waitsOnMerchant() ? Normalized.of(requested(order, a, now))
                    : notWaiting(a);
            case GenericEventTypes.MODIFIED -> a.waitsOnMerchant() ? Normalized.of(modified(order, a, at))
                    : notWaiting(a);
            case GenericEventTypes.RETURN_SHIPPED -> a.returnTrackingNo() == null
                    ? Normalized.dropped("after-sale " + a.afterSaleId() + " carries no return waybill")
                    : Normalized.of(new ReturnShipped(order, a.afterSaleId(),
                            a.returnCarrier(), a.returnTrackingNo(), a.deadline(), a.version(), at));
            case GenericEventTypes.DEADLINE_CHANGED -> a.deadline() == null
                    ? Normalized.dropped("after-sale " + a.afterSaleId() + " has no running deadline")
                    : Normalized.of(new DeadlineChanged(order, a.afterSaleId(), a.deadline(), a.version(), at));
            case GenericEventTypes.INTERVENED -> Normalized.of(new PlatformIntervened(order, a.afterSaleId(),
                    evidenceDeadline(a.intervention(), at), at));
            case GenericEventTypes.REFUNDED -> refunded(order, a, at);
            case GenericEventTypes.CLOSED -> a.decidedByPlatform()
                    ? Normalized.of(new PlatformVerdict(order, a.afterSaleId(), a.intervention().forMerchant(), at))
                    : Normalized.of(new PlatformRefundSettled(order, a.afterSaleId(), Settlement.CLOSED, 0, at));
            case GenericEventTypes.BUYER_MESSAGE -> buyerReplied(order, a, push.message(), at);
            case GenericEventTypes.NEGOTIATION_ANSWERED -> negotiationAnswered(order, a, push.negotiation(), at);
            case GenericEventTypes.MERCHANT_AGREED, GenericEventTypes.MERCHANT_REFUSED ->
                    Normalized.dropped("the merchant's own decision echoed back");
            default -> Normalized.dropped("unknown push type " + push.type());
        };
    }

    private RefundRequested requested(OrderRef order, GenericAfterSale a, Instant now) {
        Instant requestedAt = a.createdAt() == null ? now : a.createdAt();
        return new RefundRequested(order, a.afterSaleId(), typeOf(a.type()), TaobaoReasons.normalize(a.reason()),
                a.reason(), a.amountFen(), Math.max(1, a.quantity()),
                a.orderPaidFen() > 0 ? a.orderPaidFen() : a.amountFen(),
                Math.max(Math.max(1, a.quantity()), a.orderQuantity()), a.sku(), requestedAt,
                a.deadline() != null ? a.deadline() : requestedAt.plus(defaultDeadline), a.version(), capabilities);
    }

    private RefundModified modified(OrderRef order, GenericAfterSale a, Instant at) {
        return new RefundModified(order, a.afterSaleId(), typeOf(a.type()), TaobaoReasons.normalize(a.reason()),
                a.reason(), a.amountFen(), Math.max(1, a.quantity()),
                a.deadline() != null ? a.deadline() : at.plus(defaultDeadline), a.version(), at);
    }

    /** Paid by a staff decision: the verdict first, then the payment (what refund-service settles on). */
    private static Normalized refunded(OrderRef order, GenericAfterSale a, Instant at) {
        long paid = a.refundedFen() > 0 ? a.refundedFen() : a.amountFen();
        var settled = new PlatformRefundSettled(order, a.afterSaleId(), Settlement.REFUNDED, paid, at);
        return a.decidedByPlatform() ? Normalized.of(new PlatformVerdict(order, a.afterSaleId(), false, at), settled)
                : Normalized.of(settled);
    }

    private static Normalized buyerReplied(OrderRef order, GenericAfterSale a, GenericChatMessage m, Instant at) {
        if (!m.fromBuyer()) {
            return Normalized.dropped("chat message " + m.messageId() + " is not the buyer's (" + m.from() + ")");
        }
        String text = m.text() == null ? "" : m.text();
        return Normalized.of(new BuyerReplied(order, a.afterSaleId(), BuyerIntentClassifier.classify(text), text,
                !m.photos().isEmpty(), m.at() == null ? at : m.at()));
    }

    private static Normalized negotiationAnswered(OrderRef order, GenericAfterSale a, GenericNegotiation n,
            Instant at) {
        if (!n.answered()) {
            return Normalized.dropped("negotiation " + n.negotiationId() + " is not answered (" + n.status() + ")");
        }
        Long amountFen = null;
        if (n.accepted() && "PARTIAL_REFUND".equals(n.kind())) {
            amountFen = n.acceptedFen() != null ? n.acceptedFen() : n.amountFen();
        }
        return Normalized.of(new NegotiationAnswered(order, a.afterSaleId(), n.accepted(), amountFen, a.version(),
                n.answeredAt() == null ? at : n.answeredAt()));
    }

    private Normalized complaint(GenericPush push, Instant now) {
        GenericComplaint c = push.complaint();
        OrderRef order = new OrderRef(Platform.GENERIC, c.shopId() == null ? push.shopId() : c.shopId(), c.orderId());
        Instant at = c.updatedAt() == null ? now : c.updatedAt();
        return switch (push.type()) {
            case GenericEventTypes.COMPLAINT_CREATED -> {
                Instant filedAt = c.createdAt() == null ? now : c.createdAt();
                yield Normalized.of(new ComplaintFiled(order, c.complaintId(), complaintKind(c.kind()),
                        c.deadline() == null ? filedAt.plus(defaultDeadline) : c.deadline(), filedAt,
                        c.promisedShipAt(), c.shippedAt(), c.orderPaidFen()));
            }
            case GenericEventTypes.COMPLAINT_INTERVENED -> Normalized.of(new PlatformIntervened(order, c.complaintId(),
                    evidenceDeadline(c.intervention(), at), at));
            case GenericEventTypes.COMPLAINT_DECIDED -> c.intervention().decided()
                    ? Normalized.of(new PlatformVerdict(order, c.complaintId(), c.intervention().forMerchant(), at))
                    : Normalized.dropped("complaint " + c.complaintId() + " shows no verdict");
            case GenericEventTypes.COMPLAINT_DEADLINE_CHANGED -> !c.awaitsAnswer() || c.deadline() == null
                    ? Normalized.dropped("complaint " + c.complaintId() + " awaits no answer (" + c.status() + ")")
                    : Normalized.of(new DeadlineChanged(order, c.complaintId(), c.deadline(), 0, at));
            default -> Normalized.dropped("unknown push type " + push.type());
        };
    }

    private Instant evidenceDeadline(GenericIntervention intervention, Instant at) {
        return intervention.evidenceDeadline() == null ? at.plus(defaultDeadline) : intervention.evidenceDeadline();
    }

    private static String shopOf(String shopId, GenericPush push) {
        return shopId == null || shopId.isBlank() ? push.shopId() : shopId;
    }

    private static Normalized notWaiting(GenericAfterSale a) {
        return Normalized.dropped("after-sale " + a.afterSaleId() + " no longer waits on the merchant ("
                + a.status() + ")");
    }

    static RefundType typeOf(String type) {
        return switch (type) {
            case "REFUND_ONLY" -> RefundType.REFUND_ONLY;
            case "RETURN_AND_REFUND" -> RefundType.RETURN_AND_REFUND;
            case "EXCHANGE" -> RefundType.EXCHANGE;
            case "RESHIP" -> RefundType.RESHIP;
            default -> throw new IllegalArgumentException("unknown after-sale type " + type);
        };
    }

    static String complaintKind(String kind) {
        return "LATE_SHIPMENT".equals(kind) || "SERVICE".equals(kind) ? kind : "OTHER";
    }
}
