package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Platform;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merchant actions the running system can carry out on each platform, by name (platform-adapter's
 * {@code refundpilot.platforms.*.capabilities}, and the sandbox's assumed ones where configured, as announced on every
 * {@code refund.requested}). A platform not listed is not known to lack anything.
 */
public record PlatformOffers(Map<Platform, Set<String>> byPlatform) {

    /** Nothing known: every story applies everywhere (a system that cannot tell). */
    public static final PlatformOffers UNKNOWN = new PlatformOffers(Map.of());

    public PlatformOffers {
        Map<Platform, Set<String>> copy = new EnumMap<>(Platform.class);
        byPlatform.forEach((platform, actions) -> copy.put(platform, Set.copyOf(actions)));
        byPlatform = Map.copyOf(copy);
    }

    /** What the system offers on {@code platform}; empty when unknown. */
    public Optional<Set<String>> on(Platform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }
}
