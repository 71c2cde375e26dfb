package com.refundpilot.platform.domain.wechat;

import com.refundpilot.contracts.envelope.Event;
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
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.chat.BuyerIntentClassifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A WeChat after-sale read for a push, compared with what was seen at the last one → the canonical events of the
 * difference (docs/platform-wire-formats/wechat.md §4), and what is seen now. The push says only "something changed,
 * the status is X"; this comparison says what. Deadlines are instants of the read (seconds left + the read's time);
 * a difference within {@code tolerance} is the rounding of two reads, not a move. What cannot be mapped is dropped
 * with its reason, and nothing is taken as seen.
 */
public final class WechatAfterSaleNormalizer {

    /** The events of one push and what to remember of the after-sale after it. */
    public record Result(Normalized normalized, WechatSeen seen) {
    }

    private final Duration defaultDeadline;
    private final Duration tolerance;
    private final Set<PlatformAction> capabilities;

    public WechatAfterSaleNormalizer(Duration defaultDeadline, Duration tolerance, Set<PlatformAction> capabilities) {
        this.defaultDeadline = defaultDeadline;
        this.tolerance = tolerance;
        this.capabilities = capabilities;
    }

    public Result normalize(WechatSeen before, WechatAfterSaleView view, String shopId) {
        WechatAfterSale a = view.afterSale();
        try {
            if (!WechatStatuses.known(a.status())) {
                return new Result(Normalized.dropped("unknown after-sale status " + a.status()), before);
            }
            return new Comparison(before, view, shopId).run();
        } catch (RuntimeException unmappable) {
            return new Result(Normalized.dropped("unmappable after-sale " + a.afterSaleId() + ": "
                    + unmappable.getMessage()), before);
        }
    }

    /** One comparison: the one-time flags start as seen before and are set as their events go out. */
    private final class Comparison {

        private final WechatSeen before;
        private final WechatAfterSaleView view;
        private final WechatAfterSale a;
        private final OrderRef order;
        private final RefundType type;
        private final RefundReason reason;
        private final Instant at;
        private final Instant deadline;
        private final List<Event> events = new ArrayList<>();
        private boolean intervened;
        private boolean verdictReported;
        private boolean settled;

        Comparison(WechatSeen before, WechatAfterSaleView view, String shopId) {
            this.before = before;
            this.view = view;
            this.a = view.afterSale();
            this.order = new OrderRef(Platform.WECHAT_CHANNELS, shopId, a.orderId());
            this.type = WechatStatuses.typeOf(a.type(), a.subType());
            this.reason = WechatReasons.normalize(a.reasonCode(), a.reasonText());
            this.at = a.updateTime() > 0 ? Instant.ofEpochSecond(a.updateTime()) : view.readAt();
            this.deadline = a.deadlineSeconds() > 0 ? view.readAt().plusSeconds(a.deadlineSeconds()) : null;
            this.intervened = before != null && before.intervened();
            this.verdictReported = before != null && before.verdictReported();
            this.settled = before != null && before.settled();
        }

        Result run() {
            if (before == null) {
                if (a.status().equals(WechatStatuses.MERCHANT_PROCESSING)) {
                    events.add(requested());
                }
            } else {
                boolean modified = answerOrModification();
                if (!modified) {
                    deadlineMove();
                }
            }
            returnShipped();
            dispute();
            money();
            buyerMessages();
            Normalized normalized = events.isEmpty() ? Normalized.dropped(whyNothing())
                    : new Normalized(events, null);
            return new Result(normalized, seenNow());
        }

        /** A 协商 seen pending and now answered, or a change of the request by the buyer; true for the latter. */
        private boolean answerOrModification() {
            String status = a.status();
            WechatNegotiation pending = before.pending();
            boolean termsChanged = termsChanged();
            if (pending != null && !status.equals(WechatStatuses.USER_WAIT_CONFIRM_UPDATE)) {
                if (pending.updateType() == WechatNegotiation.CANCEL && status.equals(WechatStatuses.USER_CANCELD)) {
                    events.add(answered(true, null));
                    return false;
                }
                if (WechatStatuses.finished(status)) {
                    return false; // the proposal lapsed: paid or closed before an answer
                }
                if (pending.updateType() == WechatNegotiation.MODIFY && proposalTook(pending)) {
                    events.add(answered(true, pending.newAmountFen() != pending.oldAmountFen() ? a.amountFen() : null));
                    return false;
                }
                if (termsChanged && status.equals(WechatStatuses.MERCHANT_PROCESSING)) {
                    events.add(modified()); // the buyer changed the request herself (e.g. the reason)
                    return true;
                }
                boolean evidenceAdded = a.buyerMedia().size() > before.buyerMediaCount();
                events.add(answered(pending.updateType() == WechatNegotiation.VERIFY && evidenceAdded, null));
                return false;
            }
            boolean reopened = !before.status().equals(WechatStatuses.MERCHANT_PROCESSING)
                    && !before.status().equals(WechatStatuses.USER_WAIT_CONFIRM_UPDATE);
            if (status.equals(WechatStatuses.MERCHANT_PROCESSING) && (termsChanged || reopened)) {
                events.add(modified());
                return true;
            }
            return false;
        }

        private boolean proposalTook(WechatNegotiation p) {
            boolean amountTook = p.newAmountFen() != p.oldAmountFen() && a.amountFen() == p.newAmountFen();
            boolean typeTook = p.newType() != p.oldType() && WechatStatuses.typeNumber(a.type()) == p.newType();
            return amountTook || typeTook;
        }

        private boolean termsChanged() {
            return !Objects.equals(before.type(), a.type()) || !Objects.equals(before.subType(), a.subType())
                    || before.amountFen() != a.amountFen() || before.count() != a.count()
                    || !Objects.equals(before.reasonCode(), a.reasonCode())
                    || !Objects.equals(before.reasonText(), a.reasonText());
        }

        /** The same merchant step, and its deadline further than the tolerance from the one seen. */
        private void deadlineMove() {
            String step = WechatStatuses.merchantStep(a.status());
            if (deadline == null || before.deadlineMillis() == null || step == null || before.deadlineStatus() == null
                    || !step.equals(WechatStatuses.merchantStep(before.deadlineStatus()))) {
                return;
            }
            Duration moved = Duration.between(Instant.ofEpochMilli(before.deadlineMillis()), deadline).abs();
            if (moved.compareTo(tolerance) > 0) {
                events.add(new DeadlineChanged(order, a.afterSaleId(), deadline, a.updateTime(), at));
            }
        }

        private void returnShipped() {
            boolean waybillNew = notBlank(a.waybillId()) && (before == null || !notBlank(before.waybillId()));
            if (a.status().equals(WechatStatuses.MERCHANT_WAIT_RECEIPT) && waybillNew) {
                events.add(new ReturnShipped(order, a.afterSaleId(), a.carrier(), a.waybillId(), deadline,
                        a.updateTime(), at));
            }
        }

        /** Staff took the 纠纷单 (once), and staff finished it: the verdict, and the payment when the buyer won. */
        private void dispute() {
            WechatDispute d = view.dispute();
            if (d == null) {
                return;
            }
            if (WechatStatuses.disputeOpen(d.status()) && !intervened) {
                Instant evidenceDeadline = d.proofDeadline() > 0 ? Instant.ofEpochSecond(d.proofDeadline())
                        : at.plus(defaultDeadline);
                events.add(new PlatformIntervened(order, a.afterSaleId(), evidenceDeadline, at));
                intervened = true;
            }
            if (WechatStatuses.disputeFinished(d.status()) && !verdictReported) {
                boolean forBuyer = WechatStatuses.REFUNDED.contains(a.status());
                events.add(new PlatformVerdict(order, a.afterSaleId(), !forBuyer, at));
                verdictReported = true;
                if (forBuyer && !settled) {
                    events.add(new PlatformRefundSettled(order, a.afterSaleId(), Settlement.REFUNDED, a.amountFen(), at));
                    settled = true;
                }
            }
        }

        /** Money went, or the request ended without it (after a verdict the verdict was its end). */
        private void money() {
            if (WechatStatuses.REFUNDED.contains(a.status()) && !settled) {
                if (a.refundReason() == 5 && !verdictReported) { // 平台介入纠纷退款: the verdict push was missed
                    events.add(new PlatformVerdict(order, a.afterSaleId(), false, at));
                    verdictReported = true;
                }
                events.add(new PlatformRefundSettled(order, a.afterSaleId(), Settlement.REFUNDED, a.amountFen(), at));
                settled = true;
            } else if (WechatStatuses.CLOSED.contains(a.status()) && !settled) {
                if (!verdictReported) {
                    events.add(new PlatformRefundSettled(order, a.afterSaleId(), Settlement.CLOSED, 0, at));
                }
                settled = true;
            }
        }

        private void buyerMessages() {
            Set<String> seen = before == null ? Set.of() : new HashSet<>(before.messageIds());
            for (WechatMessage m : view.messages()) {
                if (m.fromBuyer() && !seen.contains(m.messageId())) {
                    String text = m.content() == null ? "" : m.content();
                    events.add(new BuyerReplied(order, a.afterSaleId(), BuyerIntentClassifier.classify(text), text,
                            !m.media().isEmpty(), m.createTime() > 0 ? Instant.ofEpochSecond(m.createTime()) : at));
                }
            }
        }

        private RefundRequested requested() {
            Instant requestedAt = a.createTime() > 0 ? Instant.ofEpochSecond(a.createTime()) : view.readAt();
            int quantity = Math.max(1, a.count());
            WechatOrder o = view.order();
            long orderPaid = o != null && o.orderPriceFen() > 0 ? o.orderPriceFen() : a.amountFen();
            int orderQuantity = Math.max(quantity, o != null ? o.quantity() : quantity);
            return new RefundRequested(order, a.afterSaleId(), type, reason, a.reasonText(), a.amountFen(), quantity,
                    orderPaid, orderQuantity, a.sku(), requestedAt,
                    deadline != null ? deadline : requestedAt.plus(defaultDeadline), a.updateTime(), capabilities);
        }

        private RefundModified modified() {
            return new RefundModified(order, a.afterSaleId(), type, reason, a.reasonText(), a.amountFen(),
                    Math.max(1, a.count()), deadline != null ? deadline : at.plus(defaultDeadline), a.updateTime(), at);
        }

        private NegotiationAnswered answered(boolean accepted, Long amountFen) {
            return new NegotiationAnswered(order, a.afterSaleId(), accepted, amountFen, a.updateTime(), at);
        }

        private String whyNothing() {
            String status = a.status();
            if (before == null) {
                return "after-sale " + a.afterSaleId() + " first seen as " + status + ": not waiting on the merchant";
            }
            if (!status.equals(before.status()) && (WechatStatuses.REJECTED.contains(status)
                    || status.equals(WechatStatuses.USER_WAIT_CONFIRM_UPDATE) || status.equals(WechatStatuses.USER_WAIT_RETURN)
                    || status.equals(WechatStatuses.USER_WAIT_RECEIPT))) {
                return "the merchant's own call echoed (" + status + ")";
            }
            return "no change of after-sale " + a.afterSaleId() + " since the last push (" + status + ")";
        }

        private WechatSeen seenNow() {
            List<String> messageIds = new ArrayList<>(before == null ? List.of() : before.messageIds());
            view.messages().stream().map(WechatMessage::messageId).filter(id -> !messageIds.contains(id))
                    .forEach(messageIds::add);
            boolean pending = a.status().equals(WechatStatuses.USER_WAIT_CONFIRM_UPDATE);
            return new WechatSeen(a.afterSaleId(), a.status(), a.type(), a.subType(), a.amountFen(), a.count(),
                    a.reasonCode(), a.reasonText(), deadline == null ? null : deadline.toEpochMilli(),
                    deadline == null ? null : a.status(), pending ? a.pendingNegotiation() : null,
                    (before != null && before.negotiatedEver()) || a.pendingNegotiation() != null,
                    a.buyerMedia().size(), messageIds, intervened, verdictReported, settled, a.waybillId(),
                    a.updateTime());
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
