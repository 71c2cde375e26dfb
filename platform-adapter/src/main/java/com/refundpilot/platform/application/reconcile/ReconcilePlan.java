package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.domain.reconcile.WindowPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a source's runs are planned: the windows, the page size asked for, how long a run holds a shop (in the
 * injected clock's time), and the shops configured per platform (swept even before any message came from them).
 */
public record ReconcilePlan(WindowPolicy windows, int pageSize, Duration lease, Map<Platform, List<String>> shops) {

    /** A platform's reconcile settings, as its {@code refundpilot.platforms.<p>.reconcile.*} properties hold them. */
    public interface Settings {
        Duration overlap();

        Duration settle();

        Duration maxWindow();

        Duration initialLookback();

        int maxWindowsPerRun();

        int pageSize();

        Duration lease();
    }

    public static ReconcilePlan of(Settings settings, Map<Platform, List<String>> shops) {
        return new ReconcilePlan(new WindowPolicy(settings.overlap(), settings.settle(), settings.maxWindow(),
                settings.initialLookback(), settings.maxWindowsPerRun()), settings.pageSize(), settings.lease(), shops);
    }

    public List<String> configuredShops(Platform platform) {
        return shops.getOrDefault(platform, List.of());
    }
}
