package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import java.util.Optional;

/**
 * taobao.rp.returngoods.extend (a sandbox method, RR-16): the receipt deadline moves, once per refund. It took when
 * the refund shows its receipt time extended; the moved deadline itself comes back as a pushed DeadlineChanged.
 */
final class ExtendReceiptDecision implements PlatformDecision {

    private final ExtendReceipt command;
    private final TaobaoClient taobao;

    ExtendReceiptDecision(ExtendReceipt command, TaobaoClient taobao) {
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    public String actionKey() {
        return command.actionKey();
    }

    @Override
    public PlatformAction action() {
        return PlatformAction.EXTEND_RECEIPT;
    }

    @Override
    public String refundId() {
        return command.refundId();
    }

    @Override
    public Optional<String> invalidBecause() {
        if (command.extension().toSeconds() < 1) {
            return Optional.of("an extension must be at least a second, was " + command.extension());
        }
        return Optional.empty();
    }

    @Override
    public DecisionOutcome send() {
        return taobao.extendReceipt(command.order().shopId(), command.refundId(), command.platformVersion(),
                command.extension());
    }

    @Override
    public boolean tookEffect() {
        return taobao.getReturnStage(command.order().shopId(), command.refundId()).receiptExtended();
    }

    @Override
    public String alreadyDoneCode() {
        return "isv.receipt-already-extended";
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
