package com.refundpilot.platform.domain.taobao;

import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.platform.domain.chat.BuyerIntentClassifier;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The buyer's side of the conversation: chat messages, answers to negotiations, return waybills. */
final class TaobaoConversationNormalizer {

    Normalized buyerReplied(OrderRef order, TaobaoRefund refund, TaobaoPush push, List<TaobaoChatMessage> chat,
            Instant now) {
        Optional<TaobaoChatMessage> message = push.messageId() != null
                ? chat.stream().filter(m -> Long.toString(m.id()).equals(push.messageId())).findFirst()
                : chat.stream().max(Comparator.comparingLong(TaobaoChatMessage::id));
        if (message.isEmpty()) {
            return Normalized.dropped("chat message " + push.messageId() + " of refund " + refund.refundId()
                    + " not found");
        }
        TaobaoChatMessage said = message.get();
        if (!said.fromBuyer()) {
            return Normalized.dropped("chat message " + said.id() + " is not the buyer's (owner_role "
                    + said.ownerRole() + ")");
        }
        Instant at = said.created() == null ? now : TaobaoWire.instant(said.created());
        return Normalized.of(new BuyerReplied(order, refund.refundId(), BuyerIntentClassifier.classify(said.content()),
                said.content(), !said.picUrls().isEmpty(), at));
    }

    Normalized negotiationAnswered(OrderRef order, TaobaoRefund refund, TaobaoPush push,
            List<TaobaoNegotiation> negotiations, Instant now) {
        Optional<TaobaoNegotiation> found = push.negotiationId() != null
                ? negotiations.stream().filter(n -> Long.toString(n.id()).equals(push.negotiationId())).findFirst()
                : negotiations.stream().filter(TaobaoNegotiation::isAnswered)
                        .max(Comparator.comparingLong(TaobaoNegotiation::id));
        if (found.isEmpty() || !found.get().isAnswered()) {
            return Normalized.dropped("no answered negotiation " + push.negotiationId() + " on refund "
                    + refund.refundId());
        }
        TaobaoNegotiation negotiation = found.get();
        boolean accepted = "ACCEPTED".equals(negotiation.status());
        Long amountFen = null;
        if (accepted && "PARTIAL_REFUND".equals(negotiation.type())) {
            String fee = negotiation.acceptedFee() != null ? negotiation.acceptedFee() : negotiation.refundFee();
            amountFen = TaobaoWire.fen(fee);
        }
        Instant at = negotiation.answered() == null ? now : TaobaoWire.instant(negotiation.answered());
        return Normalized.of(new NegotiationAnswered(order, refund.refundId(), accepted, amountFen,
                refund.refundVersion(), at));
    }

    Normalized returnShipped(OrderRef order, TaobaoRefund refund, Instant now) {
        if (refund.sid() == null || refund.sid().isBlank()) {
            return Normalized.dropped("refund " + refund.refundId() + " carries no return waybill (sid)");
        }
        Instant deadline = refund.timeoutExists() && refund.timeout() != null ? TaobaoWire.instant(refund.timeout())
                : null;
        return Normalized.of(new ReturnShipped(order, refund.refundId(), refund.companyName(), refund.sid(), deadline,
                refund.refundVersion(), TaobaoRefundNormalizer.modifiedOr(refund, now)));
    }
}
