package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/** taobao.rp.refunds.agree for one refund; it took when the refund is SUCCESS. */
final class AgreeDecision implements PlatformDecision {

    private static final String PHASE = "onsale";

    private final AgreeRefund command;
    private final TaobaoClient taobao;

    AgreeDecision(AgreeRefund command, TaobaoClient taobao) {
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    public String actionKey() {
        return command.actionKey();
    }

    @Override
    public PlatformAction action() {
        return command.partial() ? PlatformAction.AGREE_PARTIAL_REFUND : PlatformAction.AGREE_REFUND;
    }

    @Override
    public String refundId() {
        return command.refundId();
    }

    @Override
    public Optional<String> invalidBecause() {
        return Optional.empty(); // the contract keeps the amount >= 1; the platform checks the upper bound
    }

    @Override
    public DecisionOutcome send() {
        return taobao.agree(command.order().shopId(), command.refundId(), command.amountFen(),
                command.platformVersion(), PHASE);
    }

    @Override
    public boolean tookEffect() {
        return "SUCCESS".equals(taobao.getRefund(command.order().shopId(), command.refundId()).status());
    }

    @Override
    public String alreadyDoneCode() {
        return "isv.refund-already-success";
    }

    @Override
    public Message succeeded() {
        return new PlatformActionSucceeded(command.order(), command.caseId(), command.refundId(), action(),
                command.actionKey(), command.amountFen());
    }

    @Override
    public Message rejected(String code, String reason) {
        return new PlatformActionRejected(command.order(), command.caseId(), command.refundId(), action(),
                command.actionKey(), code, reason);
    }
}
