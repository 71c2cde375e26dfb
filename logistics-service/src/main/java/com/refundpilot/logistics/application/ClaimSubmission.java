package com.refundpilot.logistics.application;

import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.logistics.adapter.out.mongo.ClaimDocument;
import com.refundpilot.logistics.adapter.out.mongo.ClaimRepository;
import com.refundpilot.logistics.config.ClaimProperties;
import com.refundpilot.logistics.domain.CourierReply;
import com.refundpilot.logistics.domain.CourierRequest;
import com.refundpilot.logistics.domain.claim.Claim;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Submits an approved claim to the courier ({@code POST .../claims}, request ID = the claim ID, so a repeat is
 * answered from the courier's memory and logged once). Taken: SUBMITTED under the courier's reference; refused
 * (unknown parcel, bad request): REJECTED with the courier's code; both also answer the case's request as a
 * {@link CourierAnswered} CLAIM. Courier unreachable: it stays APPROVED and a persisted timer (kind {@value #KIND},
 * set before the approval is saved) submits it again later, which also covers a crash between approval and call.
 */
@Service
public class ClaimSubmission {

    public static final String KIND = "CLAIM_SUBMIT";
    private static final Logger log = LoggerFactory.getLogger(ClaimSubmission.class);

    private final CourierGateway courier;
    private final ClaimRepository claims;
    private final TimerStore timers;
    private final ClaimProperties properties;
    private final Outgoing outgoing;
    private final Clock clock;

    public ClaimSubmission(CourierGateway courier, ClaimRepository claims, TimerStore timers,
            ClaimProperties properties, Outgoing outgoing, Clock clock) {
        this.courier = courier;
        this.claims = claims;
        this.timers = timers;
        this.properties = properties;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** Before an approval is saved: the safety net that submits it if this attempt does not. */
    void scheduleRetry(String claimId) {
        timers.schedule(claimId, KIND, clock.instant().plus(properties.submitRetry()));
    }

    public void onTimer(DueTimer timer) {
        submit(timer.aggregateId());
    }

    public void submit(String claimId) {
        Claim approved = claims.find(claimId).map(ClaimDocument::claim)
                .filter(claim -> claim.status() == ClaimStatus.APPROVED).orElse(null);
        if (approved == null) {
            timers.cancel(claimId, KIND);
            return;
        }
        var request = new CourierRequest(CourierRequestKind.CLAIM, claimId, approved.reason(), approved.valueFen(),
                approved.sku(), null);
        CourierReply reply = courier.ask(approved.trackingNo(), request);
        if (!reply.ok() && CourierReply.COURIER_UNAVAILABLE.equals(reply.code())) {
            log.info("claim {} not submitted, courier unavailable: {}", claimId, reply.detail());
            scheduleRetry(claimId);
            return;
        }
        OptimisticRetry.run(() -> {
            ClaimDocument document = claims.find(claimId).orElseThrow();
            Claim claim = document.claim();
            if (claim.status() != ClaimStatus.APPROVED) {
                return;
            }
            String reference = reply.claimId() != null ? reply.claimId() : claimId;
            ClaimUpdated event = reply.ok() ? claim.submitted(reference, clock.instant())
                    : claim.refusedByCourier(reply.code(), reply.detail(), clock.instant());
            document.enqueue(outgoing.withNaturalId("claim:" + claimId + ":" + event.status(), event, null));
            document.enqueue(outgoing.withNaturalId("claim-answer:" + claimId, new CourierAnswered(claim.order(),
                    claim.caseId(), claim.trackingNo(), CourierRequestKind.CLAIM, reply.ok(), reply.code(),
                    reply.detail(), null, reply.ok() ? reference : null, null), null));
            claims.save(document);
        });
        timers.cancel(claimId, KIND);
    }
}
