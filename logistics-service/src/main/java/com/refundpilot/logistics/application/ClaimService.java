package com.refundpilot.logistics.application;

import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.logistics.adapter.out.mongo.ClaimDocument;
import com.refundpilot.logistics.adapter.out.mongo.ClaimRepository;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.config.ClaimProperties;
import com.refundpilot.logistics.domain.claim.Claim;
import com.refundpilot.logistics.domain.claim.ClaimPolicy;
import com.refundpilot.logistics.domain.claim.ClaimSettlement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Courier claims (CL). {@code logistics.ask-courier} CLAIM files a claim form (DRAFT) for the case and parcel;
 * within the policy's limit it is approved at once and submitted, above it finance gets a task (rule CL) and
 * approves or rejects over HTTP; the courier's settlement push closes it. Every transition is a
 * {@code logistics.claim-updated} written through the claim's outbox with an ID derived from (claim, status), so a
 * transition is published once however often it is attempted. Illegal transitions throw
 * {@link com.refundpilot.logistics.domain.claim.ClaimTransitionException}.
 */
@Service
public class ClaimService {

    /** What became of a settlement push. */
    public enum Settled { SETTLED, DUPLICATE, UNKNOWN_CLAIM }

    public static final String RULE = "CL";
    private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

    private final ClaimRepository claims;
    private final ParcelRepository parcels;
    private final ClaimSubmission submission;
    private final ClaimPolicy policy;
    private final ClaimProperties properties;
    private final Outgoing outgoing;
    private final Clock clock;

    public ClaimService(ClaimRepository claims, ParcelRepository parcels, ClaimSubmission submission,
            ClaimPolicy policy, ClaimProperties properties, Outgoing outgoing, Clock clock) {
        this.claims = claims;
        this.parcels = parcels;
        this.submission = submission;
        this.policy = policy;
        this.properties = properties;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** A claim asked for by a case: one per case and parcel (a repeat, or a second request, changes nothing). */
    public void file(Envelope envelope, AskCourier command) {
        String carrier = command.carrier() != null ? command.carrier()
                : parcels.find(command.trackingNo()).map(document -> document.parcel().carrier()).orElse(null);
        String claimId = Claim.idFor(command.caseId(), command.trackingNo());
        boolean approved = OptimisticRetry.run(() -> {
            ClaimDocument existing = claims.find(claimId).orElse(null);
            if (existing != null) {
                if (!existing.alreadyProcessed(envelope.id())) {
                    log.info("claim {} already filed ({}), request {} changes nothing", claimId,
                            existing.claim().status(), envelope.id());
                    existing.markProcessed(envelope.id());
                    claims.save(existing);
                }
                return false;
            }
            Instant now = clock.instant();
            Claim claim = Claim.draft(command.order(), command.caseId(), carrier, command.trackingNo(), command.sku(),
                    command.valueFen(), command.note(), now);
            var document = new ClaimDocument(claim);
            publish(document, claim.drafted(), envelope);
            boolean byPolicy = policy.approvesByItself(claim.valueFen());
            if (byPolicy) {
                publish(document, claim.approve(Claim.BY_POLICY, now), envelope);
                submission.scheduleRetry(claimId);
            } else {
                document.enqueue(outgoing.withNaturalId("claim-task:" + claimId, financeTask(claim, now), envelope));
            }
            document.markProcessed(envelope.id());
            claims.save(document);
            return byPolicy;
        });
        if (approved) {
            submission.submit(claimId);
        }
    }

    /** Finance approves a draft; the claim is then submitted to the courier. Empty for an unknown claim. */
    public Optional<Claim> approve(String claimId, String by) {
        Optional<Claim> approved = OptimisticRetry.run(() -> {
            ClaimDocument document = claims.find(claimId).orElse(null);
            if (document == null) {
                return Optional.<Claim>empty();
            }
            ClaimUpdated event = document.claim().approve(by, clock.instant());
            submission.scheduleRetry(claimId);
            publish(document, event, null);
            claims.save(document);
            return Optional.of(document.claim());
        });
        if (approved.isEmpty()) {
            return approved;
        }
        submission.submit(claimId);
        return claims.find(claimId).map(ClaimDocument::claim);
    }

    /** Finance rejects a draft: it is not submitted. Empty for an unknown claim. */
    public Optional<Claim> reject(String claimId, String by, String reason) {
        return OptimisticRetry.run(() -> {
            ClaimDocument document = claims.find(claimId).orElse(null);
            if (document == null) {
                return Optional.<Claim>empty();
            }
            publish(document, document.claim().rejectByFinance(by, reason, clock.instant()), null);
            claims.save(document);
            return Optional.of(document.claim());
        });
    }

    /** The courier settled the claim it knows as {@code courierReference}; the same settlement again is a repeat. */
    public Settled settle(String courierReference, ClaimSettlement settlement, Instant at) {
        return OptimisticRetry.run(() -> {
            ClaimDocument document = claims.findByCourierReference(courierReference).orElse(null);
            if (document == null) {
                return Settled.UNKNOWN_CLAIM;
            }
            if (document.claim().settledAs(settlement)) {
                return Settled.DUPLICATE;
            }
            publish(document, document.claim().settle(settlement, at), null);
            claims.save(document);
            return Settled.SETTLED;
        });
    }

    private void publish(ClaimDocument document, ClaimUpdated event, Envelope cause) {
        document.enqueue(outgoing.withNaturalId("claim:" + event.claimId() + ":" + event.status(), event, cause));
    }

    private CreateAgentTask financeTask(Claim claim, Instant now) {
        String summary = "索赔待财务审批 (CL): 订单 " + claim.order().orderId() + ", 运单 "
                + (claim.carrier() == null ? "" : claim.carrier() + " ") + claim.trackingNo()
                + (claim.sku() == null ? "" : ", SKU " + claim.sku()) + ", 货值 " + yuan(claim.valueFen())
                + " 元 (超过自动审批上限 " + yuan(policy.autoApproveUpToFen()) + " 元). 审批: POST /api/claims/"
                + claim.claimId() + "/approve 或 /reject (logistics-service)";
        return new CreateAgentTask(claim.order(), claim.caseId(), claim.claimId(), RULE, TaskPriority.NORMAL,
                now.plus(properties.financeTaskDue()), summary);
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }
}
