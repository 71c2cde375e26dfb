package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/**
 * taobao.rp.returngoods.agree with the shop's return address (RR-1). It took when the refund shows the agreed
 * address (卖家收货地址), whatever the buyer has done since.
 */
final class AgreeReturnDecision implements PlatformDecision {

    private final AgreeReturn command;
    private final TaobaoClient taobao;

    AgreeReturnDecision(AgreeReturn command, TaobaoClient taobao) {
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    public String actionKey() {
        return command.actionKey();
    }

    @Override
    public PlatformAction action() {
        return PlatformAction.AGREE_RETURN;
    }

    @Override
    public String refundId() {
        return command.refundId();
    }

    @Override
    public Optional<String> invalidBecause() {
        return Optional.empty(); // the contract insists on province and city; the platform checks the state
    }

    @Override
    public DecisionOutcome send() {
        return taobao.agreeReturn(command.order().shopId(), command.refundId(), command.platformVersion(),
                command.province(), command.city(), command.addressText(), command.merchantPaysShipping());
    }

    @Override
    public boolean tookEffect() {
        return taobao.getReturnStage(command.order().shopId(), command.refundId()).returnAgreed();
    }

    @Override
    public String alreadyDoneCode() {
        return "isv.return-already-agreed";
    }

    @Override
    public Message succeeded() {
        return new PlatformActionSucceeded(command.order(), command.caseId(), command.refundId(), action(),
                command.actionKey(), 0);
    }

    @Override
    public Message rejected(String code, String reason) {
        return new PlatformActionRejected(command.order(), command.caseId(), command.refundId(), action(),
                command.actionKey(), code, reason);
    }
}
