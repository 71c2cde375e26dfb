package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One refund as the platform holds it. Every read and write goes through a synchronized method, so
 * concurrent agree calls and the auto-refund sweeper see and change one consistent state.
 */
public class TaobaoRefund {

    private final RefundTerms terms;
    private final Instant deadline;
    private RefundStatus status = RefundStatus.WAIT_SELLER_AGREE;
    private long version = 1;
    private Instant modified;
    private boolean autoRefunded;
    private long refundedFen;
    private final List<RefundAction> actions = new ArrayList<>();
    private final List<BuyerMessage> buyerMessages = new ArrayList<>();
    private final List<WebhookDelivery> webhooks = new ArrayList<>();

    public TaobaoRefund(RefundTerms terms, Instant deadline) {
        this.terms = terms;
        this.deadline = deadline;
        this.modified = terms.created();
    }

    public RefundTerms terms() {
        return terms;
    }

    public synchronized RefundSnapshot snapshot() {
        return new RefundSnapshot(terms, status, version, deadline, modified, autoRefunded, refundedFen,
                List.copyOf(actions), List.copyOf(buyerMessages), List.copyOf(webhooks));
    }

    /**
     * The merchant agrees (taobao.rp.refunds.agree). A refused entry changes nothing, and a retry of
     * an agreement that already went through is refused too: the platform never pays twice.
     */
    public synchronized AgreeResult agree(AgreeRequest request, Instant now) {
        String id = terms.refundId();
        if (status == RefundStatus.SUCCESS && request.amountFen() == refundedFen) {
            return AgreeResult.refused(id, "isv.refund-already-success", "refund already succeeded");
        }
        if (status != RefundStatus.WAIT_SELLER_AGREE) {
            return AgreeResult.refused(id, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (request.version() != version) {
            return AgreeResult.refused(id, "isv.refund-version-mismatch",
                    "refund_version is " + version + ", request carried " + request.version());
        }
        if (request.amountFen() <= 0 || request.amountFen() > terms.amountFen()) {
            return AgreeResult.refused(id, "isv.refund-amount-invalid",
                    "amount must be in 1.." + terms.amountFen() + " fen, was " + request.amountFen());
        }
        String action = request.amountFen() < terms.amountFen()
                ? RefundAction.AGREE_PARTIAL_REFUND : RefundAction.AGREE_REFUND;
        succeed(request.amountFen(), now);
        actions.add(new RefundAction(action, now, request.amountFen(), request.asParams()));
        return AgreeResult.success(id);
    }

    /** 超时自动同意: the merchant let the deadline pass, the platform refunds in full. */
    public synchronized boolean autoRefundIfDue(Instant now) {
        if (status != RefundStatus.WAIT_SELLER_AGREE || deadline.isAfter(now)) {
            return false;
        }
        succeed(terms.amountFen(), now);
        autoRefunded = true;
        actions.add(new RefundAction(RefundAction.AUTO_REFUND, now, terms.amountFen(), Map.of()));
        return true;
    }

    /** The buyer withdraws the request. */
    public synchronized void closeByBuyer(Instant now) {
        if (status != RefundStatus.WAIT_SELLER_AGREE) {
            throw new ConflictException("REFUND_NOT_OPEN", "refund " + terms.refundId() + " is " + status);
        }
        status = RefundStatus.CLOSED;
        version++;
        modified = now;
    }

    public synchronized BuyerMessage addMessage(long id, String text, Instant now) {
        BuyerMessage message = new BuyerMessage(id, now, text);
        buyerMessages.add(message);
        return message;
    }

    public synchronized void recordDelivery(WebhookDelivery delivery) {
        webhooks.add(delivery);
    }

    private void succeed(long amountFen, Instant now) {
        status = RefundStatus.SUCCESS;
        refundedFen = amountFen;
        version++;
        modified = now;
    }
}
