package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoApiException;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient.EvidenceSubject;
import com.refundpilot.platform.domain.taobao.TaobaoEvidence;
import java.util.Optional;

/**
 * taobao.rp.evidence.upload (a sandbox method, CP-2) for the refund or complaint the command's {@code caseRef}
 * names. Which one it is, is read from the platform first (a refund, else a complaint). It took when the platform
 * lists a pack with exactly this evidence. Uploads never collide (none is "done already"), so nothing counts as such.
 */
final class UploadEvidenceDecision extends PlatformDecision {

    private static final String REFUND_NOT_FOUND = "isv.refund-not-exist";

    private final UploadEvidence command;
    private final TaobaoClient taobao;
    private final String evidence;
    private EvidenceSubject subject;

    UploadEvidenceDecision(UploadEvidence command, TaobaoClient taobao) {
        super(command.order(), command.caseId(), command.caseRef(), command.actionKey());
        this.command = command;
        this.taobao = taobao;
        this.evidence = TaobaoEvidence.wire(command.evidence());
    }

    @Override
    PlatformAction action() {
        return PlatformAction.UPLOAD_EVIDENCE;
    }

    @Override
    Optional<String> invalidBecause() {
        if (command.evidence().stream().anyMatch(e -> e.reference().replace(',', ' ').isBlank())) {
            return Optional.of("every piece of evidence needs a reference");
        }
        subject(); // an ID the platform knows neither as a refund nor as a complaint is refused here, before the call
        return Optional.empty();
    }

    @Override
    DecisionOutcome send() {
        return taobao.uploadEvidence(command.order().shopId(), subject(), command.caseRef(), evidence, command.note());
    }

    @Override
    boolean tookEffect() {
        return taobao.getEvidence(command.order().shopId(), subject(), command.caseRef()).contains(evidence);
    }

    @Override
    String alreadyDoneCode() {
        return null;
    }

    /** A refund's ID, else a complaint's (a complaint the platform does not know either throws its refusal). */
    private EvidenceSubject subject() {
        if (subject == null) {
            try {
                taobao.getRefund(command.order().shopId(), command.caseRef());
                subject = EvidenceSubject.REFUND;
            } catch (TaobaoApiException notARefund) {
                if (!REFUND_NOT_FOUND.equals(notARefund.subCode())) {
                    throw notARefund;
                }
                taobao.getComplaint(command.order().shopId(), command.caseRef());
                subject = EvidenceSubject.COMPLAINT;
            }
        }
        return subject;
    }
}
