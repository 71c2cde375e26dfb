package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import java.util.Optional;

/**
 * Upload an evidence pack to a refund or a complaint (the case's reference names either); it took when the
 * platform lists the pack. An ID the platform knows neither as a refund nor as a complaint is refused before any
 * upload.
 */
final class UploadEvidenceDecision extends PlatformDecision {

    private final UploadEvidence command;
    private final PlatformApi platform;

    UploadEvidenceDecision(UploadEvidence command, PlatformApi platform) {
        super(command.order(), command.caseId(), command.caseRef(), command.actionKey());
        this.command = command;
        this.platform = platform;
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
        platform.checkEvidenceSubject(command);
        return Optional.empty();
    }

    @Override
    DecisionOutcome send() {
        return platform.uploadEvidence(command);
    }

    @Override
    boolean tookEffect() {
        return platform.evidenceUploaded(command);
    }
}
