package com.refundpilot.platform.domain.pdd;

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
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.chat.BuyerIntentClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A PDD message + what was read for it → the canonical events, or none with a reason
 * (docs/platform-wire-formats/pdd.md §4). The version is the after-sale's {@code updated_at}; times are the
 * platform's, so a redelivery says the same; a deadline PDD names ({@code expire_time}) wins over the default.
 * What cannot be mapped (a repair, an unknown type) is dropped with its reason, never thrown.
 */
public final class PddNormalizer {

    private final Duration defaultDeadline;
    private final Set<PlatformAction> capabilities;

    public PddNormalizer(Duration defaultDeadline, Set<PlatformAction> capabilities) {
        this.defaultDeadline = defaultDeadline;
        this.capabilities = capabilities;
    }

    public Normalized normalize(PddPush push, PddFacts facts, Instant now) {
        try {
            if (PddTopics.aboutComplaint(push.type())) {
                return complaint(push, facts.complaint(), now);
            }
            if (facts.afterSale() == null) {
                return Normalized.dropped("message type " + push.type() + " is not one the SOP uses");
            }
            return afterSale(push, facts, facts.afterSale());
        } catch (RuntimeException unmappable) {
            return Normalized.dropped("unmappable " + push.type() + ": " + unmappable.getMessage());
        }
    }

    private Normalized afterSale(PddPush push, PddFacts facts, PddAfterSale a) {
        OrderRef order = new OrderRef(Platform.PINDUODUO, shopOf(a.mallId(), push), a.orderSn());
        Instant at = a.updated();
        return switch (push.type()) {
            case PddTopics.REFUND_CREATED -> waiting(a) ? Normalized.of(requested(order, a)) : notWaiting(a);
            case PddTopics.BUYER_MODIFY -> waiting(a) ? Normalized.of(modified(order, a, at)) : notWaiting(a);
            case PddTopics.BUYER_RETURN_GOODS -> a.returnShipped()
                    ? Normalized.of(new ReturnShipped(order, a.id(), a.shippingName(), a.expressNo(), a.expireTime(),
                            a.updatedAt(), at))
                    : Normalized.dropped("after-sale " + a.id() + " shows no return waybill");
            case PddTopics.TIMEOUT_CHANGED -> a.expireTime() == null
                    ? Normalized.dropped("after-sale " + a.id() + " has no running deadline")
                    : Normalized.of(new DeadlineChanged(order, a.id(), a.expireTime(), a.updatedAt(), at));
            case PddTopics.PLATFORM_INTERVENED -> Normalized.of(new PlatformIntervened(order, a.id(),
                    a.interventionEvidenceDeadline() == null ? at.plus(defaultDeadline)
                            : a.interventionEvidenceDeadline(), at));
            case PddTopics.REFUND_AGREE_AGREEMENT -> agreed(order, a, push, at);
            case PddTopics.REFUND_CLOSED -> closed(order, a, at);
            case PddTopics.CREATE_MESSAGE -> buyerReplied(order, a, push, facts, at);
            case PddTopics.NEGOTIATION_ANSWERED -> negotiationAnswered(order, a, push, facts, at);
            default -> Normalized.dropped("message type " + push.type() + " is not one the SOP uses");
        };
    }

    private RefundRequested requested(OrderRef order, PddAfterSale a) {
        Instant requestedAt = a.createdTime() == null ? a.updated() : a.createdTime();
        int quantity = Math.max(1, a.goodsNumber());
        return new RefundRequested(order, a.id(), PddAfterSaleTypes.ofDetail(a.type()),
                PddReasons.normalize(a.reason()), a.reason(), a.refundAmountFen(), quantity,
                a.orderAmountFen() > 0 ? a.orderAmountFen() : a.refundAmountFen(),
                Math.max(quantity, a.orderGoodsNumber()), a.outerId(), requestedAt, deadlineOf(a, requestedAt),
                a.updatedAt(), capabilities);
    }

    private RefundModified modified(OrderRef order, PddAfterSale a, Instant at) {
        return new RefundModified(order, a.id(), PddAfterSaleTypes.ofDetail(a.type()),
                PddReasons.normalize(a.reason()), a.reason(), a.refundAmountFen(), Math.max(1, a.goodsNumber()),
                deadlineOf(a, at), a.updatedAt(), at);
    }

    /** The money went: a staff decision's verdict first, then the payment (what refund-service settles on). */
    private static Normalized agreed(OrderRef order, PddAfterSale a, PddPush push, Instant at) {
        if (!a.stage().paid()) {
            return Normalized.dropped("after-sale " + a.id() + " shows no refund (status " + a.status() + ")");
        }
        long paid = push.refundFeeFen() != null ? push.refundFeeFen()
                : a.refundedAmountFen() > 0 ? a.refundedAmountFen() : a.refundAmountFen();
        var settled = new PlatformRefundSettled(order, a.id(), Settlement.REFUNDED, paid, at);
        return a.decidedByPlatform() ? Normalized.of(new PlatformVerdict(order, a.id(), false, at), settled)
                : Normalized.of(settled);
    }

    /** Status 9 is staff's decision for the merchant; 11–13 a close by the buyer or by the buyer's lateness. */
    private static Normalized closed(OrderRef order, PddAfterSale a, Instant at) {
        return switch (a.stage()) {
            case PLATFORM_REJECTED -> Normalized.of(new PlatformVerdict(order, a.id(), true, at));
            case CLOSED -> Normalized.of(new PlatformRefundSettled(order, a.id(), Settlement.CLOSED, 0, at));
            default -> Normalized.dropped("after-sale " + a.id() + " is not closed (status " + a.status() + ")");
        };
    }

    private static Normalized buyerReplied(OrderRef order, PddAfterSale a, PddPush push, PddFacts facts,
            Instant at) {
        if (push.messageId() == null || facts.chat() == null) {
            return Normalized.dropped("the message names no chat message");
        }
        return facts.chat().stream().filter(m -> m.messageId() == push.messageId()).findFirst()
                .map(m -> m.fromBuyer()
                        ? Normalized.of(new BuyerReplied(order, a.id(), BuyerIntentClassifier.classify(m.content()),
                                m.content(), !m.images().isEmpty(), m.created() == null ? at : m.created()))
                        : Normalized.dropped("chat message " + m.messageId() + " is not the buyer's (role "
                                + m.senderRole() + ")"))
                .orElseGet(() -> Normalized.dropped("chat message " + push.messageId() + " is not in the chat"));
    }

    private static Normalized negotiationAnswered(OrderRef order, PddAfterSale a, PddPush push, PddFacts facts,
            Instant at) {
        if (push.negotiationId() == null || facts.negotiations() == null) {
            return Normalized.dropped("the message names no negotiation");
        }
        return facts.negotiations().stream().filter(n -> n.negotiationId() == push.negotiationId()).findFirst()
                .map(n -> {
                    if (!n.isAnswered()) {
                        return Normalized.dropped("negotiation " + n.negotiationId() + " is not answered ("
                                + n.status() + ")");
                    }
                    Long amount = n.accepted() && "PARTIAL_REFUND".equals(n.type())
                            ? (n.acceptedAmountFen() != null ? n.acceptedAmountFen() : n.refundAmountFen()) : null;
                    return Normalized.of(new NegotiationAnswered(order, a.id(), n.accepted(), amount, a.updatedAt(),
                            n.answeredAt() == null ? at : n.answeredAt()));
                })
                .orElseGet(() -> Normalized.dropped("negotiation " + push.negotiationId() + " is not listed"));
    }

    private Normalized complaint(PddPush push, PddComplaint c, Instant now) {
        if (c == null) {
            return Normalized.dropped("complaint " + push.complaintId() + " was not read");
        }
        OrderRef order = new OrderRef(Platform.PINDUODUO, shopOf(c.mallId(), push), c.orderSn());
        Instant at = c.updatedAt() > 0 ? c.updated() : now;
        return switch (push.type()) {
            case PddTopics.COMPLAINT_CREATED -> {
                Instant filedAt = c.created() == null ? at : c.created();
                yield Normalized.of(new ComplaintFiled(order, c.complaintId(), c.kind(),
                        c.expireTime() == null ? filedAt.plus(defaultDeadline) : c.expireTime(), filedAt,
                        c.promisedShipTime(), c.shippingTime(), c.orderAmountFen()));
            }
            case PddTopics.COMPLAINT_INTERVENED -> Normalized.of(new PlatformIntervened(order, c.complaintId(),
                    c.interventionEvidenceDeadline() == null ? at.plus(defaultDeadline)
                            : c.interventionEvidenceDeadline(), at));
            case PddTopics.COMPLAINT_DECIDED -> c.decided()
                    ? Normalized.of(new PlatformVerdict(order, c.complaintId(),
                            "MERCHANT".equals(c.interventionVerdict()), at))
                    : Normalized.dropped("complaint " + c.complaintId() + " shows no verdict");
            case PddTopics.COMPLAINT_TIMEOUT_CHANGED -> !c.awaitsAnswer() || c.expireTime() == null
                    ? Normalized.dropped("complaint " + c.complaintId() + " awaits no answer (status " + c.status()
                            + ")")
                    : Normalized.of(new DeadlineChanged(order, c.complaintId(), c.expireTime(), 0, at));
            default -> Normalized.dropped("message type " + push.type() + " is not one the SOP uses");
        };
    }

    private Instant deadlineOf(PddAfterSale a, Instant from) {
        return a.expireTime() != null ? a.expireTime() : from.plus(defaultDeadline);
    }

    private static boolean waiting(PddAfterSale a) {
        return a.stage() == PddStage.WAITING_MERCHANT;
    }

    private static Normalized notWaiting(PddAfterSale a) {
        return Normalized.dropped("after-sale " + a.id() + " no longer waits on the merchant (status " + a.status()
                + ")");
    }

    private static String shopOf(String mallId, PddPush push) {
        return mallId == null || mallId.isBlank() ? push.mallId() : mallId;
    }
}
