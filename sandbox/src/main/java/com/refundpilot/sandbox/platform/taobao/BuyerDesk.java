package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** What the buyer does on the platform (opening and withdrawing refunds), played by the control API. */
@Service
public class BuyerDesk {

    private final TaobaoRefunds refunds;
    private final TmcMessageFactory messages;
    private final TaobaoWebhookPusher pusher;
    private final TaobaoProperties properties;
    private final Clock clock;

    public BuyerDesk(TaobaoRefunds refunds, TmcMessageFactory messages, TaobaoWebhookPusher pusher,
            TaobaoProperties properties, Clock clock) {
        this.refunds = refunds;
        this.messages = messages;
        this.pusher = pusher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Files the refund, then pushes RefundCreated {@code deliveries} times (one msg_id: duplicates). */
    public RefundView open(CreateRefundRequest request) {
        Instant now = clock.instant();
        RefundTerms terms = termsOf(request, now);
        Duration deadlineIn = Objects.requireNonNullElse(request.deadlineIn(), properties.defaultDeadline());
        if (deadlineIn.isNegative()) {
            throw new InvalidFieldException("deadlineIn", "must not be negative");
        }
        TaobaoRefund refund = refunds.add(new TaobaoRefund(terms, now.plus(deadlineIn)));
        TmcMessage created = messages.create(TmcMessage.REFUND_CREATED, refund.snapshot());
        int deliveries = Objects.requireNonNullElse(request.deliveries(), 1);
        List<Integer> pushes = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            pushes.add(pusher.push(created));
        }
        return RefundView.of(refund.snapshot(), pushes);
    }

    /** The buyer withdraws: CLOSED, and RefundClosed pushed. */
    public RefundView close(String refundId) {
        TaobaoRefund refund = refunds.get(refundId);
        refund.closeByBuyer(clock.instant());
        int status = pusher.push(messages.create(TmcMessage.REFUND_CLOSED, refund.snapshot()));
        return RefundView.of(refund.snapshot(), List.of(status));
    }

    private static RefundTerms termsOf(CreateRefundRequest request, Instant now) {
        int quantity = Objects.requireNonNullElse(request.quantity(), 1);
        int orderQuantity = Objects.requireNonNullElse(request.orderQuantity(), quantity);
        long orderPaidFen = Objects.requireNonNullElse(request.orderPaidFen(), request.amountFen());
        if (request.amountFen() > orderPaidFen) {
            throw new InvalidFieldException("amountFen", "must not exceed orderPaidFen (" + orderPaidFen + ")");
        }
        if (quantity > orderQuantity) {
            throw new InvalidFieldException("quantity", "must not exceed orderQuantity (" + orderQuantity + ")");
        }
        return new RefundTerms(request.refundId(), request.shopId(), request.orderId(), request.type(),
                Objects.requireNonNullElse(request.reason(), "其他"),
                Objects.requireNonNullElse(request.desc(), ""),
                request.amountFen(), quantity, orderPaidFen, orderQuantity,
                Objects.requireNonNullElse(request.sku(), ""),
                Objects.requireNonNullElse(request.buyerNick(), "tb_buyer"),
                now);
    }
}
