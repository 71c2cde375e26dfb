package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/**
 * taobao.exchange.consigngoods (EX-1): the replacement ships, the exchange ends without a refund. It took when the
 * refund waits on the buyer's confirmation of the exchange.
 */
final class ConsignExchangeDecision extends PlatformDecision {

    static final String CONSIGNED = "WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS";

    private final ConsignExchange command;
    private final TaobaoClient taobao;

    ConsignExchangeDecision(ConsignExchange command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.EXCHANGE_SHIPPED;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract insists on the replacement's tracking number
    }

    @Override
    DecisionOutcome send() {
        return taobao.consignExchange(command.order().shopId(), command.refundId(), command.platformVersion(),
                command.carrier(), command.trackingNo());
    }

    @Override
    boolean tookEffect() {
        return CONSIGNED.equals(taobao.getReturnStage(command.order().shopId(), command.refundId()).status());
    }

    @Override
    String alreadyDoneCode() {
        return "isv.exchange-already-consigned";
    }
}
