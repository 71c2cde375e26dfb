package com.refundpilot.launcher.system;

import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.platform.application.DeferredDelivery;
import com.refundpilot.platform.config.PlatformCapabilities;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.run.PlatformOffers;
import com.refundpilot.scenario.run.ScenarioSystem;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The embedded system as the scenario runner sees it: URLs, the shared virtual clock, quiescence, what it offers. */
public final class EmbeddedScenarioSystem implements ScenarioSystem {

    private final EmbeddedSystem system;
    private final VirtualClock clock;
    private final QuiescenceProbe probe;

    public EmbeddedScenarioSystem(EmbeddedSystem system, VirtualClock clock, QuiescenceProbe probe) {
        this.system = system;
        this.clock = clock;
        this.probe = probe;
    }

    @Override
    public URI sandboxUrl() {
        return system.url(SystemLayout.SANDBOX);
    }

    @Override
    public URI refundServiceUrl() {
        return system.url(SystemLayout.REFUND_SERVICE);
    }

    @Override
    public URI warehouseServiceUrl() {
        return system.url(SystemLayout.WAREHOUSE_SERVICE);
    }

    @Override
    public URI notificationServiceUrl() {
        return system.url(SystemLayout.NOTIFICATION_SERVICE);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void setClock(Instant instant) {
        clock.set(instant);
    }

    @Override
    public void awaitQuiescence(Duration timeout) {
        probe.awaitQuiescence(timeout);
    }

    @Override
    public void closeCircuitBreakers() {
        for (ServiceSpec service : SystemLayout.ALL) {
            system.context(service).getBeanProvider(CircuitBreakerRegistry.class)
                    .ifAvailable(breakers -> breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset));
        }
    }

    @Override
    public Optional<Instant> nextTimerDue() {
        return probe.nextTimer();
    }

    @Override
    public Optional<Instant> nextDeferredPlatformDelivery() {
        return probe.nextTimer(SystemLayout.PLATFORM_ADAPTER, DeferredDelivery.TIMER_KIND);
    }

    @Override
    public void awaitConsumersReady(Duration timeout) {
        probe.awaitConsumersReady(timeout);
    }

    @Override
    public void restart(List<String> services) {
        system.restart(services.stream().map(SystemLayout::byName).toList());
    }

    /** What platform-adapter announces on each platform: the runner's applicability reads nothing else. */
    @Override
    public PlatformOffers offers() {
        PlatformCapabilities capabilities = system.context(SystemLayout.PLATFORM_ADAPTER)
                .getBean(PlatformCapabilities.class);
        Map<Platform, Set<String>> offers = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            offers.put(platform, capabilities.on(com.refundpilot.contracts.vocabulary.Platform.valueOf(platform.name()))
                    .stream().map(Enum::name).collect(Collectors.toSet()));
        }
        return new PlatformOffers(offers);
    }
}
