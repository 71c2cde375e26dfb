package com.refundpilot.platform.application;

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
import com.refundpilot.contracts.envelope.Envelope;
import org.springframework.stereotype.Component;

/** Routes a merchant action to carry out, whether it arrives from Kafka or comes back from its deferral timer. */
@Component
public class PlatformCommands {

    private final PlatformActionService actions;

    public PlatformCommands(PlatformActionService actions) {
        this.actions = actions;
    }

    public void handle(Envelope envelope) {
        if (envelope.data() instanceof AgreeRefund agree) {
            actions.agree(envelope, agree);
        } else if (envelope.data() instanceof RefuseRefund refuse) {
            actions.refuse(envelope, refuse);
        } else if (envelope.data() instanceof NegotiateRefund negotiate) {
            actions.negotiate(envelope, negotiate);
        } else if (envelope.data() instanceof ConsignExchange consign) {
            actions.consignExchange(envelope, consign);
        } else if (envelope.data() instanceof AgreeReturn agreeReturn) {
            actions.agreeReturn(envelope, agreeReturn);
        } else if (envelope.data() instanceof ExtendReceipt extend) {
            actions.extendReceipt(envelope, extend);
        } else if (envelope.data() instanceof UploadEvidence evidence) {
            actions.uploadEvidence(envelope, evidence);
        } else if (envelope.data() instanceof AnswerComplaint answer) {
            actions.answerComplaint(envelope, answer);
        } else if (envelope.data() instanceof ReportShipmentCancelled report) {
            actions.reportShipmentCancelled(envelope, report);
        } else if (envelope.data() instanceof SendBuyerMessage message) {
            actions.sendMessage(envelope, message);
        }
    }
}
