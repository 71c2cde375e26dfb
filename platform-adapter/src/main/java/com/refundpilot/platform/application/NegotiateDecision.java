package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.domain.taobao.TaobaoWire;
import java.util.Objects;
import java.util.Optional;

/**
 * taobao.rp.refund.negotiate (a sandbox method). A partial proposal must lie in 1..the requested amount, read
 * from the platform before anything is sent. It took when the platform lists a negotiation of this kind (and
 * amount) made at the command's version, whatever the buyer has answered since.
 */
final class NegotiateDecision implements PlatformDecision {

    private final NegotiateRefund command;
    private final TaobaoClient taobao;

    NegotiateDecision(NegotiateRefund command, TaobaoClient taobao) {
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    public String actionKey() {
        return command.actionKey();
    }

    @Override
    public PlatformAction action() {
        return PlatformAction.NEGOTIATE;
    }

    @Override
    public String refundId() {
        return command.refundId();
    }

    @Override
    public Optional<String> invalidBecause() {
        if (!partial()) {
            return Optional.empty();
        }
        long requested = TaobaoWire.fen(taobao.getRefund(command.order().shopId(), command.refundId()).refundFee());
        if (command.amountFen() < 1 || command.amountFen() > requested) {
            return Optional.of("a partial refund proposal must be 1.." + requested + " fen, was " + command.amountFen());
        }
        return Optional.empty();
    }

    @Override
    public DecisionOutcome send() {
        return taobao.negotiate(command.order().shopId(), command.refundId(), command.kind().name(),
                partial() ? command.amountFen() : null, command.message(), command.platformVersion());
    }

    @Override
    public boolean tookEffect() {
        String fee = partial() ? TaobaoWire.yuan(command.amountFen()) : null;
        return taobao.getNegotiations(command.order().shopId(), command.refundId()).stream()
                .anyMatch(n -> n.refundVersion() == command.platformVersion()
                        && n.type().equals(command.kind().name())
                        && (fee == null || Objects.equals(n.refundFee(), fee)));
    }

    @Override
    public String alreadyDoneCode() {
        return "isv.negotiation-pending";
    }

    @Override
    public Message succeeded() {
        return new PlatformActionSucceeded(command.order(), command.caseId(), command.refundId(), action(),
                command.actionKey(), partial() ? command.amountFen() : 0);
    }

    @Override
    public Message rejected(String code, String reason) {
        return new PlatformActionRejected(command.order(), command.caseId(), command.refundId(), action(),
                command.actionKey(), code, reason);
    }

    private boolean partial() {
        return command.kind() == NegotiationKind.PARTIAL_REFUND;
    }
}
