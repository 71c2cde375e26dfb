package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/**
 * taobao.rp.returngoods.extend (a sandbox method, RR-16): the receipt deadline moves, once per refund. It took when
 * the refund shows its receipt time extended; the moved deadline itself comes back as a pushed DeadlineChanged.
 */
final class ExtendReceiptDecision extends PlatformDecision {

    private final ExtendReceipt command;
    private final TaobaoClient taobao;

    ExtendReceiptDecision(ExtendReceipt command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.EXTEND_RECEIPT;
    }

    @Override
    Optional<String> invalidBecause() {
        if (command.extension().toSeconds() < 1) {
            return Optional.of("an extension must be at least a second, was " + command.extension());
        }
        return Optional.empty();
    }

    @Override
    DecisionOutcome send() {
        return taobao.extendReceipt(command.order().shopId(), command.refundId(), command.platformVersion(),
                command.extension());
    }

    @Override
    boolean tookEffect() {
        return taobao.getReturnStage(command.order().shopId(), command.refundId()).receiptExtended();
    }

    @Override
    String alreadyDoneCode() {
        return "isv.receipt-already-extended";
    }
}
