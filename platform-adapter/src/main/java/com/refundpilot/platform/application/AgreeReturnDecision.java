package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/**
 * taobao.rp.returngoods.agree with the shop's return address (RR-1). It took when the refund shows the agreed
 * address (卖家收货地址), whatever the buyer has done since.
 */
final class AgreeReturnDecision extends PlatformDecision {

    private final AgreeReturn command;
    private final TaobaoClient taobao;

    AgreeReturnDecision(AgreeReturn command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.AGREE_RETURN;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract insists on province and city; the platform checks the state
    }

    @Override
    DecisionOutcome send() {
        return taobao.agreeReturn(command.order().shopId(), command.refundId(), command.platformVersion(),
                command.province(), command.city(), command.addressText(), command.merchantPaysShipping());
    }

    @Override
    boolean tookEffect() {
        return taobao.getReturnStage(command.order().shopId(), command.refundId()).returnAgreed();
    }

    @Override
    String alreadyDoneCode() {
        return "isv.return-already-agreed";
    }
}
