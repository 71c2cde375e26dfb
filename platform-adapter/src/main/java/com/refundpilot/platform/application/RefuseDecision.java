package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.domain.taobao.TaobaoEvidence;
import java.util.List;
import java.util.Optional;

/**
 * taobao.refund.refuse with the command's reason, code and evidence references (refuse_proof is a
 * comma-separated list, so a comma inside a reference becomes a space). It took when the refund is
 * SELLER_REFUSE_BUYER.
 */
final class RefuseDecision extends PlatformDecision {

    private final RefuseRefund command;
    private final TaobaoClient taobao;

    RefuseDecision(RefuseRefund command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.refundId(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
    }

    @Override
    PlatformAction action() {
        return PlatformAction.REFUSE;
    }

    @Override
    Optional<String> invalidBecause() {
        return Optional.empty(); // the contract already insists on a reason and at least one piece of evidence
    }

    @Override
    DecisionOutcome send() {
        List<String> proof = command.evidence().stream().map(TaobaoEvidence::reference).toList();
        return taobao.refuse(command.order().shopId(), command.refundId(), command.reasonText(), command.reasonCode(),
                proof, command.platformVersion());
    }

    @Override
    boolean tookEffect() {
        return "SELLER_REFUSE_BUYER".equals(taobao.getRefund(command.order().shopId(), command.refundId()).status());
    }

    @Override
    String alreadyDoneCode() {
        return "isv.refund-already-refused";
    }
}
