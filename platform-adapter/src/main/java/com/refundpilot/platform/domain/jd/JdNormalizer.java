package com.refundpilot.platform.domain.jd;

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
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.chat.BuyerIntentClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A JD message + the bill (or complaint) read for it → the canonical events, or none with a reason. Deadlines are
 * the bill's {@code processExpireTime} (DL-1), else the per-platform default; times are the platform's
 * ({@code modifiedTime}), so a redelivery says the same. What cannot be mapped (an unknown expectation, a message
 * the bill does not hold) is dropped with its reason, never thrown: one odd message must not stop the others.
 */
public final class JdNormalizer {

    private final Duration defaultDeadline;
    private final Set<PlatformAction> capabilities;
    private final JdComplaintNormalizer complaints;

    public JdNormalizer(Duration defaultDeadline, Set<PlatformAction> capabilities) {
        this.defaultDeadline = defaultDeadline;
        this.capabilities = capabilities;
        this.complaints = new JdComplaintNormalizer(defaultDeadline);
    }

    public Normalized normalize(JdMessage message, JdFacts facts, Instant now) {
        try {
            if (message.aboutComplaint()) {
                return complaints.normalize(message.topic(), facts.complaint(), now);
            }
            return facts.bill() == null ? Normalized.dropped(JdTopics.ignoredBecause(message.topic()))
                    : bill(message, facts.bill(), now);
        } catch (RuntimeException unmappable) {
            return Normalized.dropped("unmappable " + message.topic() + ": " + unmappable.getMessage());
        }
    }

    private Normalized bill(JdMessage message, JdBill bill, Instant now) {
        OrderRef order = new OrderRef(Platform.JD, bill.buId() != null ? bill.buId() : message.shop(), bill.orderId());
        Instant at = bill.modifiedTime() == null ? now : bill.modifiedTime();
        return switch (message.topic()) {
            case JdTopics.SERVICE_CREATE -> bill.waitsForAudit() ? Normalized.of(requested(order, bill, now))
                    : notWaiting(bill);
            case JdTopics.SERVICE_MODIFY -> bill.waitsForAudit() ? Normalized.of(modified(order, bill, at))
                    : notWaiting(bill);
            case JdTopics.SEND_BACK -> bill.returnExpressCode() == null
                    ? Normalized.dropped("bill " + bill.serviceId() + " carries no return waybill")
                    : Normalized.of(new ReturnShipped(order, bill.serviceId(), bill.returnCompany(),
                            bill.returnExpressCode(), bill.processExpireTime(), bill.sysVersion(), at));
            case JdTopics.EXPIRE_CHANGE -> bill.processExpireTime() == null
                    ? Normalized.dropped("bill " + bill.serviceId() + " has no running merchant deadline")
                    : Normalized.of(new DeadlineChanged(order, bill.serviceId(), bill.processExpireTime(),
                            bill.sysVersion(), at));
            case JdTopics.JD_INTERVENE -> Normalized.of(new PlatformIntervened(order, bill.serviceId(),
                    evidenceDeadline(bill.intervene(), at), at));
            case JdTopics.REFUND_SUCCESS -> refunded(order, bill, message.content(), at);
            case JdTopics.SERVICE_CLOSE -> bill.decidedByPlatform()
                    ? Normalized.of(new PlatformVerdict(order, bill.serviceId(), bill.intervene().forMerchant(), at))
                    : Normalized.of(new PlatformRefundSettled(order, bill.serviceId(), Settlement.CLOSED, 0, at));
            case JdTopics.TRACK_MESSAGE -> buyerReplied(order, bill, message.content(), now);
            case JdTopics.FEEDBACK_ANSWER -> negotiationAnswered(order, bill, message.content(), at);
            default -> Normalized.dropped(JdTopics.ignoredBecause(message.topic()));
        };
    }

    private RefundRequested requested(OrderRef order, JdBill bill, Instant now) {
        Instant requestedAt = bill.afsApplyTime() == null ? now : bill.afsApplyTime();
        int quantity = Math.max(1, bill.serviceCount());
        return new RefundRequested(order, bill.serviceId(), JdCodes.typeOf(bill.customerExpect()),
                JdReasons.normalize(bill.questionTypeCid1(), bill.questionTypeName()), bill.questionTypeName(),
                bill.applyRefundSumFen(), quantity,
                bill.orderPaymentFen() > 0 ? bill.orderPaymentFen() : bill.applyRefundSumFen(),
                Math.max(quantity, bill.orderWareNum()), bill.outerSkuId(), requestedAt,
                deadlineOr(bill, requestedAt), bill.sysVersion(), capabilities);
    }

    private RefundModified modified(OrderRef order, JdBill bill, Instant at) {
        return new RefundModified(order, bill.serviceId(), JdCodes.typeOf(bill.customerExpect()),
                JdReasons.normalize(bill.questionTypeCid1(), bill.questionTypeName()), bill.questionTypeName(),
                bill.applyRefundSumFen(), Math.max(1, bill.serviceCount()), deadlineOr(bill, at), bill.sysVersion(),
                at);
    }

    /**
     * The message says what was paid (else the bill does); paid by a staff decision, the verdict comes first, then
     * the payment (what refund-service settles on).
     */
    private static Normalized refunded(OrderRef order, JdBill bill, JdContent content, Instant at) {
        long paid = content.refundSumFen() != null && content.refundSumFen() > 0 ? content.refundSumFen()
                : bill.refundSumFen() > 0 ? bill.refundSumFen() : bill.applyRefundSumFen();
        var settled = new PlatformRefundSettled(order, bill.serviceId(), Settlement.REFUNDED, paid, at);
        return bill.decidedByPlatform()
                ? Normalized.of(new PlatformVerdict(order, bill.serviceId(), false, at), settled)
                : Normalized.of(settled);
    }

    private static Normalized buyerReplied(OrderRef order, JdBill bill, JdContent content, Instant now) {
        Optional<JdTrackMessage> found = content.afsMessageId() != null
                ? bill.messages().stream().filter(m -> content.afsMessageId().equals(m.afsMessageId())).findFirst()
                : bill.messages().stream().reduce((first, second) -> second);
        if (found.isEmpty()) {
            return Normalized.dropped("track message " + content.afsMessageId() + " of bill " + bill.serviceId()
                    + " not found");
        }
        JdTrackMessage message = found.get();
        if (!message.fromCustomer()) {
            return Normalized.dropped("track message " + message.afsMessageId() + " is not the customer's (role "
                    + message.role() + ")");
        }
        String text = message.context() == null ? "" : message.context();
        return Normalized.of(new BuyerReplied(order, bill.serviceId(), BuyerIntentClassifier.classify(text), text,
                !message.picUrls().isEmpty(), message.created() == null ? now : message.created()));
    }

    private static Normalized negotiationAnswered(OrderRef order, JdBill bill, JdContent content, Instant at) {
        Optional<JdFeedback> found = content.feedbackId() != null
                ? bill.feedbacks().stream().filter(f -> content.feedbackId().equals(f.feedbackId())).findFirst()
                : bill.feedbacks().stream().filter(JdFeedback::isAnswered).reduce((first, second) -> second);
        if (found.isEmpty() || !found.get().isAnswered()) {
            return Normalized.dropped("no answered 协商 " + content.feedbackId() + " on bill " + bill.serviceId());
        }
        JdFeedback feedback = found.get();
        Long amountFen = null;
        if (feedback.accepted() && feedback.feedbackType() == 1) {
            amountFen = feedback.acceptedSumFen() != null ? feedback.acceptedSumFen() : feedback.refundSumFen();
        }
        return Normalized.of(new NegotiationAnswered(order, bill.serviceId(), feedback.accepted(), amountFen,
                bill.sysVersion(), feedback.answered() == null ? at : feedback.answered()));
    }

    private Instant deadlineOr(JdBill bill, Instant from) {
        return bill.processExpireTime() != null ? bill.processExpireTime() : from.plus(defaultDeadline);
    }

    private Instant evidenceDeadline(JdIntervene intervene, Instant at) {
        return intervene == null || intervene.evidenceExpireTime() == null ? at.plus(defaultDeadline)
                : intervene.evidenceExpireTime();
    }

    private static Normalized notWaiting(JdBill bill) {
        return Normalized.dropped("bill " + bill.serviceId() + " no longer waits on the merchant (afsServiceStep "
                + bill.afsServiceStep() + ")");
    }
}
