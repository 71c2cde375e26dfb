package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * What the buyer does on a platform, played by the control API. Each change pushes its message (in the refund's
 * platform's dialect) before the call answers, and the answer lists the receiver's status for each push. A refund
 * is reached only through its own platform.
 */
@Service
public class BuyerDesk {

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final TaobaoProperties properties;
    private final Clock clock;

    public BuyerDesk(TaobaoRefunds refunds, PlatformPusher pusher, TaobaoProperties properties, Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Files the refund, then pushes RefundCreated {@code deliveries} times (one message ID: duplicates). */
    public RefundView open(SandboxPlatform platform, CreateRefundRequest request) {
        Instant now = clock.instant();
        RefundTerms terms = termsOf(request, now);
        Instant deadline = DeadlineIn.from(now, request.deadlineIn(), properties.defaultDeadline(), "deadlineIn");
        TaobaoRefund refund = refunds.add(new TaobaoRefund(terms, deadline, platform));
        PlatformPush created = pusher.create(TmcMessage.REFUND_CREATED, refund.snapshot());
        int deliveries = Objects.requireNonNullElse(request.deliveries(), 1);
        List<Integer> pushes = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            pushes.add(created.deliver());
        }
        return RefundView.of(refund.snapshot(), pushes);
    }

    /** The buyer withdraws: CLOSED, and RefundClosed pushed. */
    public RefundView close(SandboxPlatform platform, String refundId) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        refund.closeByBuyer(clock.instant());
        return pushed(refund, TmcMessage.REFUND_CLOSED, Map.of());
    }

    /** The buyer changes the request or re-applies after a refusal: it waits on the merchant again. */
    public RefundView modify(SandboxPlatform platform, String refundId, ModifyRefundRequest request) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        Instant now = clock.instant();
        Instant deadline = DeadlineIn.from(now, request.deadlineIn(), properties.defaultDeadline(), "deadlineIn");
        refund.modifyByBuyer(request.change(), deadline, now);
        return pushed(refund, TmcMessage.REFUND_BUYER_MODIFY, Map.of());
    }

    /** The buyer answers the merchant's negotiation; an accepted ASK_TO_CANCEL also closes the refund. */
    public RefundView answerNegotiation(SandboxPlatform platform, String refundId,
            NegotiationAnswerRequest request) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        Instant now = clock.instant();
        Negotiation answer = refund.answerNegotiation(request.accepted(), request.amountFen(),
                now.plus(properties.defaultDeadline()), now);
        List<Integer> pushes = new ArrayList<>();
        pushes.add(pusher.create(TmcMessage.NEGOTIATION_ANSWERED, refund.snapshot(),
                Map.of("negotiation_id", answer.id())).deliver());
        if (refund.snapshot().status() == RefundStatus.CLOSED) {
            pushes.add(pusher.create(TmcMessage.REFUND_CLOSED, refund.snapshot()).deliver());
        }
        return RefundView.of(refund.snapshot(), pushes);
    }

    /** The buyer writes in the chat, in their own words; the message is pushed by its ID. */
    public RefundView write(SandboxPlatform platform, String refundId, BuyerMessageRequest request) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        long id = refunds.nextMessageId();
        String text = textOf(request, refund.snapshot());
        List<String> photos = Boolean.TRUE.equals(request.photos())
                ? List.of("https://img.sandbox.taobao.test/refund/" + refundId + "/" + id + "-1.jpg",
                        "https://img.sandbox.taobao.test/refund/" + refundId + "/" + id + "-2.jpg")
                : List.of();
        refund.buyerWrites(id, text, photos, clock.instant());
        return pushed(refund, TmcMessage.REFUND_CREATE_MESSAGE, Map.of("message_id", id));
    }

    /** The buyer ships the goods back: WAIT_SELLER_CONFIRM_GOODS with a new deadline. */
    public RefundView shipReturn(SandboxPlatform platform, String refundId, ReturnShipmentRequest request) {
        TaobaoRefund refund = refunds.get(platform, refundId);
        Instant now = clock.instant();
        Instant deadline = DeadlineIn.from(now, request.deadlineIn(), properties.receiptDeadline(), "deadlineIn");
        refund.shipReturn(request.carrier(), request.trackingNo(), deadline, now);
        return pushed(refund, TmcMessage.REFUND_BUYER_RETURN_GOODS, Map.of());
    }

    private RefundView pushed(TaobaoRefund refund, String topic, Map<String, Object> extra) {
        int status = pusher.create(topic, refund.snapshot(), extra).deliver();
        return RefundView.of(refund.snapshot(), List.of(status));
    }

    private static String textOf(BuyerMessageRequest request, RefundSnapshot refund) {
        if (request.text() != null && !request.text().isBlank()) {
            return request.text();
        }
        if (request.says() == null) {
            throw new InvalidFieldException("says", "must not be null (or give text)");
        }
        long buyerMessages = refund.chat().stream().filter(m -> m.role() == ChatMessage.Role.BUYER).count();
        return request.says().phrasing((int) buyerMessages);
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
