package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument.State;
import com.refundpilot.platform.adapter.out.taobao.AgreeOutcome;
import com.refundpilot.platform.adapter.out.taobao.TaobaoApiException;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Sends merchant actions to the platform at most once per natural key (G-4). The intent is stored before
 * the call; a command that finds an earlier attempt with an unknown outcome re-reads the refund instead of
 * paying blindly. The result goes out as an event in the same write that records it.
 */
@Service
public class PlatformActionService {

    private static final Logger log = LoggerFactory.getLogger(PlatformActionService.class);
    private static final String PHASE = "onsale";

    private final TaobaoClient taobao;
    private final AggregateStore store;
    private final Outgoing outgoing;
    private final Clock clock;

    public PlatformActionService(TaobaoClient taobao, AggregateStore store, Outgoing outgoing, Clock clock) {
        this.taobao = taobao;
        this.store = store;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void agree(Envelope envelope, AgreeRefund command) {
        PlatformAction action = command.partial() ? PlatformAction.AGREE_PARTIAL_REFUND : PlatformAction.AGREE_REFUND;
        PlatformActionDocument document = intent(command.actionKey(), action, command.refundId());
        if (document == null) {
            return; // answered before: the result event was published with that answer
        }
        String shopId = command.order().shopId();
        if (document.getAttempts() > 0 && alreadyPaid(shopId, command.refundId())) {
            finish(document, envelope, succeeded(command, action), State.SUCCEEDED, "RECOVERED");
            return;
        }
        document.attempted(clock.instant());
        store.save(document);
        try {
            AgreeOutcome outcome = taobao.agree(shopId, command.refundId(), command.amountFen(),
                    command.platformVersion(), PHASE);
            if (outcome.succeeded() || ("isv.refund-already-success".equals(outcome.subCode())
                    && alreadyPaid(shopId, command.refundId()))) {
                finish(document, envelope, succeeded(command, action), State.SUCCEEDED, "OK");
            } else {
                finish(document, envelope, rejected(command, action, outcome.subCode(), outcome.message()),
                        State.REJECTED, outcome.subCode());
            }
        } catch (TaobaoApiException e) {
            finish(document, envelope, rejected(command, action, "TOP-" + e.code(), e.getMessage()), State.REJECTED,
                    e.subCode());
        } catch (RuntimeException unavailable) {
            // Outcome unknown after the client's retries: report it so a person sees the case before its
            // deadline. A later redelivery of the command re-reads the refund before any new call.
            log.warn("agree {} failed: {}", command.actionKey(), unavailable.toString());
            finish(document, envelope, rejected(command, action, "PLATFORM_UNAVAILABLE", unavailable.getMessage()),
                    State.REJECTED, "PLATFORM_UNAVAILABLE");
        }
    }

    public void sendMessage(Envelope envelope, SendBuyerMessage command) {
        PlatformActionDocument document = intent("message:" + command.messageId(), PlatformAction.SEND_BUYER_MESSAGE,
                command.refundId());
        if (document == null || document.getAttempts() > 0) {
            return; // sent, or maybe sent: a buyer message is not worth the risk of a duplicate
        }
        document.attempted(clock.instant());
        store.save(document);
        String shopId = command.order().shopId();
        try {
            taobao.addMessage(shopId, command.refundId(), command.text());
            finish(document, envelope, new PlatformActionSucceeded(command.order(), command.caseId(),
                    command.refundId(), PlatformAction.SEND_BUYER_MESSAGE, document.getId(), 0), State.SUCCEEDED, "OK");
        } catch (RuntimeException e) {
            log.warn("buyer message {} failed: {}", command.messageId(), e.toString());
            finish(document, envelope, new PlatformActionRejected(command.order(), command.caseId(), command.refundId(),
                    PlatformAction.SEND_BUYER_MESSAGE, document.getId(), "MESSAGE_FAILED", e.getMessage()),
                    State.REJECTED, "MESSAGE_FAILED");
        }
    }

    /** The stored intent, created if new; null when the action was already answered. */
    private PlatformActionDocument intent(String key, PlatformAction action, String refundId) {
        var existing = store.find(PlatformActionDocument.class, key);
        if (existing.isPresent()) {
            return existing.get().getState() == State.SENDING ? existing.get() : null;
        }
        try {
            return store.save(new PlatformActionDocument(key, action, refundId, clock.instant()));
        } catch (DuplicateKeyException raced) {
            return store.find(PlatformActionDocument.class, key).filter(d -> d.getState() == State.SENDING)
                    .orElse(null);
        }
    }

    private boolean alreadyPaid(String shopId, String refundId) {
        TaobaoRefund refund = taobao.getRefund(shopId, refundId);
        return "SUCCESS".equals(refund.status());
    }

    private void finish(PlatformActionDocument document, Envelope cause,
            com.refundpilot.contracts.envelope.Message result, State state, String code) {
        document.finished(state, code, clock.instant());
        document.enqueue(outgoing.causedBy(cause, result));
        document.markProcessed(cause.id());
        store.save(document);
    }

    private static PlatformActionSucceeded succeeded(AgreeRefund command, PlatformAction action) {
        return new PlatformActionSucceeded(command.order(), command.caseId(), command.refundId(), action,
                command.actionKey(), command.amountFen());
    }

    private static PlatformActionRejected rejected(AgreeRefund command, PlatformAction action, String code,
            String reason) {
        return new PlatformActionRejected(command.order(), command.caseId(), command.refundId(), action,
                command.actionKey(), code == null ? "REJECTED" : code, reason);
    }

}
