package com.refundpilot.notification.application.report;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.notification.adapter.out.mongo.ReportRepository;
import com.refundpilot.notification.domain.report.ShopDay;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The shops the report knows. A shop seen for the first time gets its supervisor timer (one persisted timer
 * per shop, {@value #KIND}, due at the first report) BEFORE it is recorded as known: a crash in between
 * schedules it again, never loses it. A known shop's timer is never touched here (moving it could skip a
 * day that is due); only its firing moves it on.
 */
@Component
public class ShopRegistry {

    public static final String KIND = "SUPERVISOR_REPORT";
    private static final String PREFIX = "report:";

    private final ReportRepository repository;
    private final TimerStore timers;
    private final ReportProperties properties;
    private final ReportMetrics metrics;
    private final Clock clock;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public ShopRegistry(ReportRepository repository, TimerStore timers, ReportProperties properties,
            ReportMetrics metrics, Clock clock) {
        this.repository = repository;
        this.timers = timers;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The shops known before this start get their meters at 0 (see ReportMetrics). */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        repository.shops().forEach(shop -> {
            known.add(ShopDay.shopKey(shop.getKey(), shop.getValue()));
            metrics.shopKnown(shop.getKey(), shop.getValue());
        });
    }

    public void ensureKnown(Platform platform, String shopId) {
        String key = ShopDay.shopKey(platform, shopId);
        if (known.contains(key)) {
            return;
        }
        if (!repository.knowsShop(platform, shopId)) {
            String aggregateId = aggregateIdOf(platform, shopId);
            if (timers.find(aggregateId, KIND) == null) {
                timers.schedule(aggregateId, KIND, properties.schedule().firstDue(clock.instant()));
            }
            repository.rememberShop(platform, shopId, clock.instant());
        }
        metrics.shopKnown(platform, shopId);
        known.add(key);
    }

    public Set<String> knownShopKeys() {
        return Set.copyOf(known);
    }

    static String aggregateIdOf(Platform platform, String shopId) {
        return PREFIX + ShopDay.shopKey(platform, shopId);
    }

    /** (platform, shopId) of a timer's aggregate ID, or null when it is not a report timer. */
    static String[] shopOf(String aggregateId) {
        if (!aggregateId.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = aggregateId.substring(PREFIX.length()).split(":", 2);
        return parts.length == 2 ? parts : null;
    }
}
