package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.NegotiateRefund;
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
final class NegotiateDecision extends PlatformDecision {

    private final NegotiateRefund command;
    private final TaobaoClient taobao;

    NegotiateDecision(NegotiateRefund command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.NEGOTIATE;
    }

    @Override
    Optional<String> invalidBecause() {
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
    DecisionOutcome send() {
        return taobao.negotiate(command.order().shopId(), command.refundId(), command.kind().name(),
                partial() ? command.amountFen() : null, command.message(), command.platformVersion());
    }

    @Override
    boolean tookEffect() {
        String fee = partial() ? TaobaoWire.yuan(command.amountFen()) : null;
        return taobao.getNegotiations(command.order().shopId(), command.refundId()).stream()
                .anyMatch(n -> n.refundVersion() == command.platformVersion()
                        && n.type().equals(command.kind().name())
                        && (fee == null || Objects.equals(n.refundFee(), fee)));
    }

    @Override
    long amountFen() {
        return partial() ? command.amountFen() : 0;
    }

    @Override
    String alreadyDoneCode() {
        return "isv.negotiation-pending";
    }

    private boolean partial() {
        return command.kind() == NegotiationKind.PARTIAL_REFUND;
    }
}
