package com.refundpilot.notification.application;

import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.kit.messaging.PoisonMessageException;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.notification.adapter.out.mongo.BuyerMessageDocument;
import com.refundpilot.notification.adapter.out.mongo.NotificationRepository;
import com.refundpilot.notification.domain.BuyerMessage;
import com.refundpilot.notification.domain.BuyerMessageCatalog;
import com.refundpilot.notification.domain.MissingTemplateParameterException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * NotifyBuyer → render the template → store the message with its {@code SendBuyerMessage} in the outbox,
 * in one write. The message ID is derived from the command's envelope ID, so a redelivery finds the
 * message stored and sends nothing. Message texts are never logged: they go to the buyer, not the log.
 */
@Service
public class BuyerMessageService {

    private static final Logger log = LoggerFactory.getLogger(BuyerMessageService.class);

    private final NotificationRepository repository;
    private final BuyerMessageCatalog catalog;
    private final Outgoing outgoing;
    private final NotificationMetrics metrics;
    private final Clock clock;
    private final Duration deliverWithin;

    public BuyerMessageService(NotificationRepository repository, BuyerMessageCatalog catalog, Outgoing outgoing,
            NotificationMetrics metrics, Clock clock,
            @Value("${refundpilot.messages.deliver-within:PT30M}") Duration deliverWithin) {
        this.repository = repository;
        this.catalog = catalog;
        this.outgoing = outgoing;
        this.metrics = metrics;
        this.clock = clock;
        this.deliverWithin = deliverWithin;
    }

    public void handle(Envelope envelope, NotifyBuyer command) {
        String messageId = BuyerMessage.idOf(command.caseId(), command.template(), envelope.id());
        boolean created = OptimisticRetry.run(() -> {
            var existing = repository.findMessage(messageId);
            if (existing.isPresent()) {
                return false;
            }
            BuyerMessage message = compose(envelope, command);
            var document = new BuyerMessageDocument(message);
            document.enqueue(outgoing.withNaturalId("send-buyer-message:" + messageId, message.toSendCommand(deliverWithin),
                    envelope));
            document.markProcessed(envelope.id());
            repository.save(document);
            return true;
        });
        if (created) {
            metrics.buyerMessageCreated(command.template());
            log.info("buyer message {} for case {} queued (rule {})", command.template(), command.caseId(),
                    command.ruleId());
        }
    }

    private BuyerMessage compose(Envelope envelope, NotifyBuyer command) {
        try {
            return BuyerMessage.compose(command, envelope.id(), catalog, clock.instant());
        } catch (MissingTemplateParameterException e) {
            throw new PoisonMessageException("notify-buyer " + envelope.id() + " for case " + command.caseId()
                    + ": " + e.getMessage());
        }
    }
}
