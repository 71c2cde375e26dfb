package com.refundpilot.platform.adapter.in.kafka;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.platform.application.PlatformActionService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Merchant actions to deliver to the platforms. */
@Component
public class PlatformCommandsListener {

    private final Inbound inbound;
    private final PlatformActionService actions;

    public PlatformCommandsListener(Inbound inbound, PlatformActionService actions) {
        this.inbound = inbound;
        this.actions = actions;
    }

    @KafkaListener(topics = Topics.PLATFORM_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
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
        } else if (envelope.data() instanceof SendBuyerMessage message) {
            actions.sendMessage(envelope, message);
        }
    }
}
