package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.application.port.PlatformRefusal;
import java.util.Set;

/**
 * A platform this deployment has no open API for: every call is refused with PLATFORM_NOT_SUPPORTED before
 * anything is sent, so refund-service gets its answer (and a person acts in the platform's back office).
 */
final class UnsupportedPlatformApi implements PlatformApi {

    static final String CODE = "PLATFORM_NOT_SUPPORTED";

    private final Platform platform;

    UnsupportedPlatformApi(Platform platform) {
        this.platform = platform;
    }

    private Refused refused() {
        return new Refused("no open API for " + platform + " in this deployment");
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(platform);
    }

    @Override
    public DecisionOutcome agree(AgreeRefund command) {
        throw refused();
    }

    @Override
    public boolean agreed(AgreeRefund command) {
        throw refused();
    }

    @Override
    public DecisionOutcome refuse(RefuseRefund command) {
        throw refused();
    }

    @Override
    public boolean refused(RefuseRefund command) {
        throw refused();
    }

    @Override
    public long requestedFen(NegotiateRefund command) {
        throw refused();
    }

    @Override
    public DecisionOutcome negotiate(NegotiateRefund command) {
        throw refused();
    }

    @Override
    public boolean negotiated(NegotiateRefund command) {
        throw refused();
    }

    @Override
    public DecisionOutcome agreeReturn(AgreeReturn command) {
        throw refused();
    }

    @Override
    public boolean returnAgreed(AgreeReturn command) {
        throw refused();
    }

    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt command) {
        throw refused();
    }

    @Override
    public boolean receiptExtended(ExtendReceipt command) {
        throw refused();
    }

    @Override
    public DecisionOutcome consignExchange(ConsignExchange command) {
        throw refused();
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange command) {
        throw refused();
    }

    @Override
    public void checkEvidenceSubject(UploadEvidence command) {
        throw refused();
    }

    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence command) {
        throw refused();
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence command) {
        throw refused();
    }

    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint command) {
        throw refused();
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint command) {
        throw refused();
    }

    @Override
    public void sendMessage(SendBuyerMessage command) {
        throw refused();
    }

    private static final class Refused extends PlatformRefusal {
        Refused(String message) {
            super(message);
        }

        @Override
        public String decisionCode() {
            return CODE;
        }

        @Override
        public boolean notFound() {
            return false;
        }
    }
}
