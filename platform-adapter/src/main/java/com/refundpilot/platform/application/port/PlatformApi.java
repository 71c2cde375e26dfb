package com.refundpilot.platform.application.port;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.Platform;
import java.util.Set;

/**
 * One platform's open API as the decisions need it: each merchant action, and the re-read that tells whether it
 * is in effect (an unclear call is settled by that re-read, never by sending again). Each platform's client maps
 * its own wire, statuses and refusal codes onto this. A refusal is a {@link PlatformRefusal} (or a refused
 * {@link DecisionOutcome}); no answer at all is {@code GuardedHttp.PeerUnavailable}.
 */
public interface PlatformApi {

    /** The platforms this API serves (Taobao and Tmall share one open platform). */
    Set<Platform> platforms();

    DecisionOutcome agree(AgreeRefund command);

    boolean agreed(AgreeRefund command);

    DecisionOutcome refuse(RefuseRefund command);

    boolean refused(RefuseRefund command);

    /** What the buyer asks for now, in fen: the upper bound of a partial-refund proposal. */
    long requestedFen(NegotiateRefund command);

    DecisionOutcome negotiate(NegotiateRefund command);

    boolean negotiated(NegotiateRefund command);

    DecisionOutcome agreeReturn(AgreeReturn command);

    boolean returnAgreed(AgreeReturn command);

    DecisionOutcome extendReceipt(ExtendReceipt command);

    boolean receiptExtended(ExtendReceipt command);

    DecisionOutcome consignExchange(ConsignExchange command);

    boolean exchangeConsigned(ConsignExchange command);

    /** Checks before any upload that the platform knows the refund or complaint (a {@link PlatformRefusal} if not). */
    void checkEvidenceSubject(UploadEvidence command);

    DecisionOutcome uploadEvidence(UploadEvidence command);

    boolean evidenceUploaded(UploadEvidence command);

    DecisionOutcome answerComplaint(AnswerComplaint command);

    boolean complaintAnswered(AnswerComplaint command);

    void sendMessage(SendBuyerMessage command);

    /**
     * ADR 0011: the shipment of a not-shipped refund was cancelled (取消发货). A platform without the call (WeChat
     * Channels, JD: none found) keeps this default and refuses it before any call; a repeat the platform answers
     * "reported already" is a success, since the report is in effect.
     */
    default DecisionOutcome reportShipmentCancelled(ReportShipmentCancelled command) {
        return DecisionOutcome.refused(command.refundId(), NOT_SUPPORTED, "the platform has no call to report a "
                + "cancelled shipment");
    }

    /** Whether a re-read shows the report; false where the platform offers no such read (a resend is then safe). */
    default boolean shipmentCancelReported(ReportShipmentCancelled command) {
        return false;
    }

    /** The refusal of an action this platform's API does not offer (ADR 0008). */
    String NOT_SUPPORTED = "PLATFORM_NOT_SUPPORTED";
}
