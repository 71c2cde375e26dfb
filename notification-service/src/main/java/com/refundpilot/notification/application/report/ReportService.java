package com.refundpilot.notification.application.report;

import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.notification.adapter.out.mongo.ReportRepository;
import com.refundpilot.notification.domain.report.CaseFacts;
import com.refundpilot.notification.domain.report.ClaimRecord;
import com.refundpilot.notification.domain.report.Contribution;
import com.refundpilot.notification.domain.report.InterceptRecord;
import com.refundpilot.notification.domain.report.ReportEvents;
import org.springframework.stereotype.Service;

/**
 * Feeds the daily report (RP-3) from refund.case-events and logistics.events. Each event becomes one or two
 * {@link Contribution}s (see {@link ReportEvents} for what counts), each applied by one atomic, idempotent
 * update of its shop-day document; events the report does not use are ignored. Only store failures throw
 * (the kit retries, then dead-letters).
 */
@Service
public class ReportService {

    private final ReportRepository repository;
    private final ShopRegistry shops;
    private final ReportMetrics metrics;
    private final ReportEvents events;

    public ReportService(ReportRepository repository, ShopRegistry shops, ReportMetrics metrics,
            ReportProperties properties) {
        this.repository = repository;
        this.shops = shops;
        this.metrics = metrics;
        this.events = new ReportEvents(properties.zoneId());
    }

    public void on(Envelope envelope) {
        Object data = envelope.data();
        if (data instanceof CaseOpened opened) {
            repository.rememberCase(opened.caseId(), new CaseFacts(opened.sku(), opened.reason()));
            count(events.opened(envelope.id(), envelope.time(), opened));
        } else if (data instanceof CaseClosed closed) {
            count(events.closed(envelope.id(), envelope.time(), closed, repository.caseFacts(closed.caseId())));
        } else if (data instanceof CaseDecided decided) {
            count(events.decided(envelope.id(), envelope.time(), decided, repository.caseFacts(decided.caseId())));
        } else if (data instanceof InterceptRequested requested) {
            InterceptRecord intercept = rememberIntercept(envelope, requested.order(), requested.caseId(),
                    requested.trackingNo());
            count(events.interceptRequested(intercept));
        } else if (data instanceof InterceptFailed failed) {
            InterceptRecord intercept = rememberIntercept(envelope, failed.order(), failed.caseId(),
                    failed.trackingNo());
            count(events.interceptRequested(intercept));
            count(events.interceptOutcome(intercept, false));
        } else if (data instanceof TrackingUpdated tracking) {
            interceptOutcome(tracking);
        } else if (data instanceof ClaimUpdated claim) {
            claim(envelope, claim);
        }
    }

    private InterceptRecord rememberIntercept(Envelope envelope, OrderRef order, String caseId, String trackingNo) {
        var candidate = new InterceptRecord(InterceptRecord.idOf(order, trackingNo),
                events.dayOf(order, envelope.time()), caseId, repository.caseFacts(caseId).sku());
        return repository.rememberIntercept(candidate);
    }

    /** The courier's outcome of an intercept the report knows of; other tracking is not the report's. */
    private void interceptOutcome(TrackingUpdated tracking) {
        boolean succeeded = tracking.status() == TrackingStatus.INTERCEPT_SUCCEEDED;
        if (!succeeded && tracking.status() != TrackingStatus.INTERCEPT_FAILED) {
            return;
        }
        repository.intercept(InterceptRecord.idOf(tracking.order(), tracking.trackingNo()))
                .ifPresent(intercept -> count(events.interceptOutcome(intercept, succeeded)));
    }

    private void claim(Envelope envelope, ClaimUpdated claim) {
        String sku = claim.sku() != null ? claim.sku() : repository.caseFacts(claim.caseId()).sku();
        var candidate = new ClaimRecord(claim.claimId(), claim.order().platform(), claim.order().shopId(), sku,
                events.dateOf(envelope.time()), null, null);
        ClaimRecord stored = repository.rememberClaim(candidate);
        count(events.claimFiled(stored, claim.valueFen()));
        if (claim.status().settled()) {
            ClaimRecord settled = repository.settleClaim(claim.claimId(), events.dateOf(envelope.time()),
                    claim.status());
            events.claimSettled(settled, claim.compensatedFen()).ifPresent(this::count);
        }
    }

    private void count(Contribution contribution) {
        shops.ensureKnown(contribution.day().platform(), contribution.day().shopId());
        if (repository.apply(contribution)) {
            metrics.counted(contribution);
        }
    }
}
