package com.refundpilot.platform.application;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.kit.http.GuardedHttp.PeerUnavailable;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument;
import com.refundpilot.platform.adapter.out.mongo.PlatformActionDocument.State;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.application.port.PlatformApis;
import com.refundpilot.platform.application.port.PlatformRefusal;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Sends merchant actions to the platform at most once per natural key (G-4). The intent is stored before
 * the call; an earlier attempt or a call with an unknown outcome is settled by re-reading the platform, never
 * by sending blindly again. The result goes out as an event in the same write that records it. A platform that
 * is unavailable delays the action instead of losing it ({@link DeferredDelivery}) until its {@code deliverBy}.
 */
@Service
public class PlatformActionService {

    private static final Logger log = LoggerFactory.getLogger(PlatformActionService.class);
    /** The decision was not sent: it was invalid before any call (e.g. an amount out of range). */
    static final String INVALID = "INVALID_REQUEST";
    static final String UNAVAILABLE = "PLATFORM_UNAVAILABLE";

    private final PlatformApis platforms;
    private final AggregateStore store;
    private final Outgoing outgoing;
    private final Clock clock;
    private final DeferredDelivery deferral;

    public PlatformActionService(PlatformApis platforms, AggregateStore store, Outgoing outgoing, Clock clock,
            DeferredDelivery deferral) {
        this.platforms = platforms;
        this.store = store;
        this.outgoing = outgoing;
        this.clock = clock;
        this.deferral = deferral;
    }

    public void agree(Envelope envelope, AgreeRefund command) {
        carryOut(envelope, new AgreeDecision(command, api(command.order())));
    }

    public void refuse(Envelope envelope, RefuseRefund command) {
        carryOut(envelope, new RefuseDecision(command, api(command.order())));
    }

    public void negotiate(Envelope envelope, NegotiateRefund command) {
        carryOut(envelope, new NegotiateDecision(command, api(command.order())));
    }

    public void consignExchange(Envelope envelope, ConsignExchange command) {
        carryOut(envelope, new ConsignExchangeDecision(command, api(command.order())));
    }

    public void agreeReturn(Envelope envelope, AgreeReturn command) {
        carryOut(envelope, new AgreeReturnDecision(command, api(command.order())));
    }

    public void extendReceipt(Envelope envelope, ExtendReceipt command) {
        carryOut(envelope, new ExtendReceiptDecision(command, api(command.order())));
    }

    public void uploadEvidence(Envelope envelope, UploadEvidence command) {
        carryOut(envelope, new UploadEvidenceDecision(command, api(command.order())));
    }

    public void reportShipmentCancelled(Envelope envelope, ReportShipmentCancelled command) {
        carryOut(envelope, new ReportShipmentCancelledDecision(command, api(command.order())));
    }

    public void answerComplaint(Envelope envelope, AnswerComplaint command) {
        carryOut(envelope, new AnswerComplaintDecision(command, api(command.order())));
    }

    /**
     * At most one platform call per action key. An earlier attempt whose outcome is unknown (a crash between
     * the call and the save) is re-read before anything is sent; a call that gets no clear answer is re-read
     * instead of sent again. An unavailable platform defers the action to a later try (a deferred one comes back
     * here from its timer); past its deliverBy it is reported PLATFORM_UNAVAILABLE.
     */
    private void carryOut(Envelope envelope, PlatformDecision decision) {
        PlatformActionDocument document = intent(decision.actionKey(), decision.action(), decision.refundId());
        if (document == null) {
            return; // answered before, being attempted elsewhere, or waiting for its timer
        }
        deferral.claim(document, envelope);
        // The claim: a concurrent attempt (a timer and a redelivery) fails here on the version, or sees the lease.
        store.save(document);
        try {
            if (document.getAttempts() > 0 && decision.tookEffect()) {
                finish(document, envelope, decision.succeeded(), State.SUCCEEDED, "RECOVERED");
                return;
            }
            Optional<String> invalid = decision.invalidBecause();
            if (invalid.isPresent()) {
                finish(document, envelope, decision.rejected(INVALID, invalid.get()), State.REJECTED, INVALID);
                return;
            }
        } catch (PlatformRefusal refused) {
            reject(document, envelope, decision, refused.decisionCode(), refused.getMessage());
            return;
        } catch (PeerUnavailable unavailable) {
            deferOrReject(document, envelope, decision, unavailable.getMessage()); // nothing sent this time
            return;
        } catch (RuntimeException unavailable) {
            reject(document, envelope, decision, UNAVAILABLE, unavailable.getMessage());
            return;
        }
        document.attempted(clock.instant());
        store.save(document);
        DecisionOutcome outcome;
        try {
            outcome = decision.send();
        } catch (PlatformRefusal refused) {
            reject(document, envelope, decision, refused.decisionCode(), refused.getMessage());
            return;
        } catch (PeerUnavailable unavailable) {
            if (unavailable.requestSent()) {
                log.warn("{} {}: no answer ({}), re-reading the platform", decision.action(), decision.actionKey(),
                        unavailable.getMessage());
                settleOrDefer(document, envelope, decision, unavailable.getMessage());
            } else {
                deferOrReject(document, envelope, decision, unavailable.getMessage()); // it cannot have taken
            }
            return;
        } catch (RuntimeException unclear) {
            log.warn("{} {}: no clear answer ({}), re-reading the platform", decision.action(), decision.actionKey(),
                    unclear.toString());
            settleByReading(document, envelope, decision, UNAVAILABLE, unclear.getMessage());
            return;
        }
        if (outcome.succeeded()) {
            finish(document, envelope, decision.succeeded(), State.SUCCEEDED, "OK");
        } else if (outcome.alreadyDone()) {
            settleByReading(document, envelope, decision, outcome.code(), outcome.message());
        } else {
            reject(document, envelope, decision, outcome.code() == null ? "REJECTED" : outcome.code(),
                    outcome.message());
        }
    }

    /**
     * Succeeded if the platform shows the decision in effect, else rejected with the given code. A platform that
     * cannot be read now says neither: the action waits for a later try (which reads first), as if unanswered.
     */
    private void settleByReading(PlatformActionDocument document, Envelope envelope, PlatformDecision decision,
            String code, String reason) {
        boolean took;
        try {
            took = decision.tookEffect();
        } catch (PeerUnavailable unreadable) {
            deferOrReject(document, envelope, decision, reason + "; the re-read got no answer: "
                    + unreadable.getMessage());
            return;
        } catch (RuntimeException stillUnavailable) {
            took = false;
        }
        if (took) {
            finish(document, envelope, decision.succeeded(), State.SUCCEEDED, "RECOVERED");
        } else {
            reject(document, envelope, decision, code, reason);
        }
    }

    /** Succeeded if a re-read shows it in effect; else (not in effect, or the re-read failed too) deferred. */
    private void settleOrDefer(PlatformActionDocument document, Envelope envelope, PlatformDecision decision,
            String reason) {
        boolean took;
        try {
            took = decision.tookEffect();
        } catch (RuntimeException stillUnavailable) {
            took = false; // unknown: the next try starts with the same re-read before it sends anything
        }
        if (took) {
            finish(document, envelope, decision.succeeded(), State.SUCCEEDED, "RECOVERED");
        } else {
            deferOrReject(document, envelope, decision, reason);
        }
    }

    /** The platform is unavailable: try again later while deliverBy allows, else report it for a person. */
    private void deferOrReject(PlatformActionDocument document, Envelope envelope, PlatformDecision decision,
            String reason) {
        if (deferral.defer(document, envelope)) {
            log.info("{} {} deferred to {}: {}", decision.action(), decision.actionKey(), document.getNextAttemptAt(),
                    reason);
            store.save(document);
        } else {
            reject(document, envelope, decision, UNAVAILABLE,
                    reason + "; " + DeferredDelivery.notRetriedBecause(envelope));
        }
    }

    private void reject(PlatformActionDocument document, Envelope envelope, PlatformDecision decision, String code,
            String reason) {
        log.warn("{} {} not carried out: {} ({})", decision.action(), decision.actionKey(), code, reason);
        finish(document, envelope, decision.rejected(code, reason), State.REJECTED, code);
    }

    /**
     * A buyer message, at most once: there is no reading back whether a chat message arrived, so one that may have
     * reached the platform (a request unanswered, or a crash mid-call) is never sent again. One the platform surely
     * did not take (nothing sent, or a 5xx to every request) waits for a later try until its deliverBy, like an
     * action; after that, or without one, it is MESSAGE_FAILED.
     */
    public void sendMessage(Envelope envelope, SendBuyerMessage command) {
        PlatformActionDocument document = intent("message:" + command.messageId(), PlatformAction.SEND_BUYER_MESSAGE,
                command.refundId());
        if (document == null || document.getAttempts() > 0 && document.getState() != State.DEFERRED) {
            return; // sent, or maybe sent: a buyer message is not worth the risk of a duplicate
        }
        deferral.claim(document, envelope);
        document.attempted(clock.instant());
        store.save(document);
        try {
            api(command.order()).sendMessage(command);
            finish(document, envelope, new PlatformActionSucceeded(command.order(), command.caseId(),
                    command.refundId(), PlatformAction.SEND_BUYER_MESSAGE, document.getId(), 0), State.SUCCEEDED, "OK");
        } catch (PeerUnavailable unavailable) {
            if (!unavailable.mayHaveActed() && deferral.defer(document, envelope)) {
                log.info("buyer message {} deferred to {}: {}", command.messageId(), document.getNextAttemptAt(),
                        unavailable.getMessage());
                store.save(document);
            } else {
                messageFailed(document, envelope, command, unavailable);
            }
        } catch (RuntimeException e) {
            messageFailed(document, envelope, command, e);
        }
    }

    private void messageFailed(PlatformActionDocument document, Envelope envelope, SendBuyerMessage command,
            RuntimeException e) {
        log.warn("buyer message {} failed: {}", command.messageId(), e.toString());
        finish(document, envelope, new PlatformActionRejected(command.order(), command.caseId(), command.refundId(),
                PlatformAction.SEND_BUYER_MESSAGE, document.getId(), "MESSAGE_FAILED", e.getMessage()),
                State.REJECTED, "MESSAGE_FAILED");
    }

    /** The open API of the order's platform (every platform has one: PlatformApis.covering checks at start-up). */
    private PlatformApi api(OrderRef order) {
        return platforms.of(order.platform())
                .orElseThrow(() -> new IllegalStateException("no open API for " + order.platform()));
    }

    /**
     * The stored intent, created if new; null when the action was already answered, an attempt at it is under way
     * (its lease is live), or it is deferred and its next try has not come (its timer brings it back then).
     */
    private PlatformActionDocument intent(String key, PlatformAction action, String refundId) {
        var existing = store.find(PlatformActionDocument.class, key);
        if (existing.isPresent()) {
            return existing.get().claimable(clock.instant()) ? existing.get() : null;
        }
        try {
            return store.save(new PlatformActionDocument(key, action, refundId, clock.instant()));
        } catch (DuplicateKeyException raced) {
            return store.find(PlatformActionDocument.class, key).filter(d -> d.claimable(clock.instant()))
                    .orElse(null);
        }
    }

    private void finish(PlatformActionDocument document, Envelope cause,
            com.refundpilot.contracts.envelope.Message result, State state, String code) {
        document.finished(state, code, clock.instant());
        document.enqueue(outgoing.causedBy(cause, result));
        document.markProcessed(cause.id());
        store.save(document);
        deferral.ended(document);
    }
}
