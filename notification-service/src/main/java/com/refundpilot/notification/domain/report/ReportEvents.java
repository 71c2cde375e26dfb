package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What each event adds to the daily report (RP-3). An event counts on the shop's local day of its envelope
 * time (when it happened, on the producer's clock), except an intercept's outcome, which counts on the day
 * the intercept was asked for, so that a day's success rate is about that day's intercepts and never above 1.
 * <ul>
 *   <li>a <b>request</b> is a CaseOpened (count, amount asked, reason);
 *   <li>a <b>refund</b> is a CaseClosed REFUNDED (count, {@code refundedFen}, the case's reason, its
 *       {@code timeToClose} for the median); it is <b>auto-approved</b> when {@code automated} is true;
 *   <li>a <b>loss</b> (钱货两空) is a case whose money went out (REFUNDED, or AUTO_REFUNDED_BY_PLATFORM) with
 *       {@code goodsRecovered} false; unknown (null) is not counted as a loss;
 *   <li>an <b>intercept</b> is requested once per case and parcel (InterceptRequested, or InterceptFailed when
 *       the courier refused at once), succeeded at TrackingUpdated INTERCEPT_SUCCEEDED, failed at
 *       InterceptFailed or TrackingUpdated INTERCEPT_FAILED; only the first outcome counts;
 *   <li>a <b>claim</b> is filed when first seen (ClaimUpdated of any status), compensated or rejected when
 *       settled (the first settlement counts).
 * </ul>
 */
public final class ReportEvents {

    private final ZoneId zone;

    public ReportEvents(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public ShopDay dayOf(OrderRef order, Instant at) {
        return ShopDay.of(order, at, zone);
    }

    public LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public Contribution opened(String eventId, Instant at, CaseOpened event) {
        Tally delta = Tally.builder().one(Measure.REQUESTS).add(Measure.REQUESTED_FEN, event.amountFen())
                .by(Breakdown.REQUEST_REASONS, event.reason().name()).build();
        return new Contribution(dayOf(event.order(), at), eventId, event.sku(), delta);
    }

    public Contribution closed(String eventId, Instant at, CaseClosed event, CaseFacts facts) {
        CaseOutcome outcome = event.outcome();
        Tally.Builder delta = Tally.builder().by(Breakdown.OUTCOMES, outcome.name());
        if (outcome == CaseOutcome.REFUNDED) {
            delta.one(Measure.REFUNDS).add(Measure.REFUNDED_FEN, event.refundedFen())
                    .by(Breakdown.REFUND_REASONS, facts.reasonName()).refundTime(event.timeToClose());
            if (Boolean.TRUE.equals(event.automated())) {
                delta.one(Measure.AUTO_APPROVED);
            }
        } else if (outcome == CaseOutcome.AUTO_REFUNDED_BY_PLATFORM) {
            delta.one(Measure.PLATFORM_AUTO_REFUNDS).add(Measure.PLATFORM_AUTO_REFUNDED_FEN, event.refundedFen());
        }
        boolean moneyOut = outcome == CaseOutcome.REFUNDED || outcome == CaseOutcome.AUTO_REFUNDED_BY_PLATFORM;
        if (moneyOut && Boolean.FALSE.equals(event.goodsRecovered())) {
            delta.one(Measure.LOSSES).add(Measure.LOSS_FEN, event.refundedFen());
        }
        return new Contribution(dayOf(event.order(), at), eventId, facts.sku(), delta.build());
    }

    public Contribution decided(String eventId, Instant at, CaseDecided event, CaseFacts facts) {
        return new Contribution(dayOf(event.order(), at), eventId, facts.sku(),
                Tally.builder().by(Breakdown.RULES, event.ruleId()).build());
    }

    public Contribution interceptRequested(InterceptRecord intercept) {
        return new Contribution(intercept.requestedOn(), intercept.requestedKey(), intercept.sku(),
                Tally.builder().one(Measure.INTERCEPTS_REQUESTED).build());
    }

    public Contribution interceptOutcome(InterceptRecord intercept, boolean succeeded) {
        return new Contribution(intercept.requestedOn(), intercept.outcomeKey(), intercept.sku(), Tally.builder()
                .one(succeeded ? Measure.INTERCEPTS_SUCCEEDED : Measure.INTERCEPTS_FAILED).build());
    }

    public Contribution claimFiled(ClaimRecord claim, long valueFen) {
        return new Contribution(new ShopDay(claim.platform(), claim.shopId(), claim.filedOn()), claim.filedKey(),
                claim.sku(), Tally.builder().one(Measure.CLAIMS_FILED).add(Measure.CLAIMS_FILED_FEN, valueFen).build());
    }

    /**
     * The claim's settlement, on the day it was first settled (a later, different settlement of the same claim
     * lands on that day's document too, where its key is counted already); empty while it is not settled.
     */
    public Optional<Contribution> claimSettled(ClaimRecord claim, long compensatedFen) {
        if (claim.settledOn() == null || claim.settledAs() == null || !claim.settledAs().settled()) {
            return Optional.empty();
        }
        Tally delta = claim.settledAs() == ClaimStatus.COMPENSATED
                ? Tally.builder().one(Measure.CLAIMS_COMPENSATED).add(Measure.CLAIMS_COMPENSATED_FEN, compensatedFen)
                        .build()
                : Tally.builder().one(Measure.CLAIMS_REJECTED).build();
        return Optional.of(new Contribution(new ShopDay(claim.platform(), claim.shopId(), claim.settledOn()),
                claim.settledKey(), claim.sku(), delta));
    }
}
