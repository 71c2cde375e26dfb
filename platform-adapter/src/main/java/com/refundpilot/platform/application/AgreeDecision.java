package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/** taobao.rp.refunds.agree for one refund; it took when the refund is SUCCESS. */
final class AgreeDecision extends PlatformDecision {

    private static final String PHASE = "onsale";

    private final AgreeRefund command;
    private final TaobaoClient taobao;

    AgreeDecision(AgreeRefund command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return command.partial() ? PlatformAction.AGREE_PARTIAL_REFUND : PlatformAction.AGREE_REFUND;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract keeps the amount >= 1; the platform checks the upper bound
    }

    @Override
    DecisionOutcome send() {
        return taobao.agree(command.order().shopId(), command.refundId(), command.amountFen(),
                command.platformVersion(), PHASE);
    }

    @Override
    boolean tookEffect() {
        return "SUCCESS".equals(taobao.getRefund(command.order().shopId(), command.refundId()).status());
    }

    @Override
    long amountFen() {
        return command.amountFen();
    }

    @Override
    String alreadyDoneCode() {
        return "isv.refund-already-success";
    }
}
