package com.refundpilot.scenario.run;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The running system a scenario is played against: all five services and the sandbox, on one virtual
 * clock. The launcher implements it for the embedded system; everything else the runner needs it reaches
 * over HTTP, as an outside observer would.
 */
public interface ScenarioSystem {

    /** The sandbox (platforms, courier, ERP): control APIs under /sandbox/**, see docs/sandbox-protocol.md. */
    URI sandboxUrl();

    /** refund-service: GET /api/cases/{caseId}, GET /api/cases?platformRefundId=. */
    URI refundServiceUrl();

    /**
     * warehouse-service: the warehouse staff's API (POST /api/returns/{trackingNo}/arrival and /inspection,
     * POST /api/orders/{orderId}/parcel-weight), which warehouse steps are played on.
     */
    URI warehouseServiceUrl();

    /** notification-service: GET /api/tasks?caseId=. */
    URI notificationServiceUrl();

    /** The virtual clock every service and the sandbox read. */
    Instant now();

    /** Moves the virtual clock to {@code instant}; never backwards while a scenario runs. */
    void setClock(Instant instant);

    /**
     * Blocks until the system has settled: no consumer lag on any topic, no unpublished outbox message, no
     * due timer left unfired. Call after every clock move and every stimulus.
     */
    void awaitQuiescence(Duration timeout);

    /**
     * When the next try of a platform action or buyer message that platform-adapter put off (the platform could
     * not take it, ADR 0009) is due; empty when nothing waits. A run under platform faults moves the clock there
     * after its last step, until nothing waits, so that what was delayed is seen delivered, or given up by its
     * deliverBy.
     */
    Optional<Instant> nextDeferredPlatformDelivery();

    /**
     * When the next timer of any service is due, after now; empty when none waits. A run under platform faults moves
     * the clock through each one on the way to a step's time, so every timer fires when it is due, as on a real
     * clock: a last-resort action that meets the outage then has its retries before its deliverBy, instead of
     * firing an hour late because the story jumped that hour.
     */
    Optional<Instant> nextTimerDue();

    /**
     * Closes every service's circuit breakers, as on a freshly started system: called as each story starts, so a
     * breaker an earlier story's outage opened stays that story's (stories share a system only to save its start).
     */
    void closeCircuitBreakers();

    /** Blocks until every service's consumer group has joined and been given its partitions (after a start). */
    void awaitConsumersReady(Duration timeout);

    /**
     * Restarts these services (names of {@code SystemStep.SERVICES}, in start order) on the same store, broker,
     * ports and clock, as a crash and a redeploy would: their state is whatever they had persisted. Returns
     * once they answer again; their consumers may still be joining ({@link #awaitConsumersReady}).
     */
    void restart(List<String> services);

    /**
     * The merchant actions the system can carry out on each platform (what platform-adapter announces), from which
     * the runner decides whether a story applies ({@link Applicability}); by default nothing is known, so every
     * story is played.
     */
    default PlatformOffers offers() {
        return PlatformOffers.UNKNOWN;
    }
}
