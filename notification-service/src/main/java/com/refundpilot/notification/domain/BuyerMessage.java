package com.refundpilot.notification.domain;

import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Duration;
import java.time.Instant;

/**
 * One message to one buyer, rendered from a template. Its {@code messageId} is derived from the command
 * that asked for it, so a redelivered command finds the message already there and nothing is sent twice;
 * the platform side sends at most once per {@code messageId} as well.
 */
public record BuyerMessage(String messageId, OrderRef order, String caseId, String refundId,
        BuyerMessageTemplate template, String ruleId, String text, String commandId, Instant createdAt) {

    /** {@code caseId:template:commandId}: readable, and unique per command (the envelope ID). */
    public static String idOf(String caseId, BuyerMessageTemplate template, String commandId) {
        return caseId + ":" + template + ":" + commandId;
    }

    /** Renders the command's template; throws {@link MissingTemplateParameterException} if it cannot. */
    public static BuyerMessage compose(NotifyBuyer command, String commandId, BuyerMessageCatalog catalog,
            Instant now) {
        String text = catalog.render(command.template(), command.params());
        return new BuyerMessage(idOf(command.caseId(), command.template(), commandId), command.order(),
                command.caseId(), command.refundId(), command.template(), command.ruleId(), text, commandId, now);
    }

    /**
     * What the platform adapter is asked to deliver to the refund chat: within {@code deliverWithin} of its
     * creation (a platform that cannot take it now gets it later, while it still fits the conversation).
     */
    public SendBuyerMessage toSendCommand(Duration deliverWithin) {
        return new SendBuyerMessage(order, caseId, refundId, messageId, text, createdAt.plus(deliverWithin));
    }
}
