package com.refundpilot.scenario.run;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
