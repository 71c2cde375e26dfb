package com.refundpilot.platform.application.port;

import com.refundpilot.contracts.vocabulary.Platform;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every platform's open API, looked up by the platform of the order a command is about. */
public final class PlatformApis {

    private final Map<Platform, PlatformApi> byPlatform = new EnumMap<>(Platform.class);

    public PlatformApis(List<PlatformApi> apis) {
        for (PlatformApi api : apis) {
            for (Platform platform : api.platforms()) {
                if (byPlatform.putIfAbsent(platform, api) != null) {
                    throw new IllegalStateException("two open APIs for " + platform);
                }
            }
        }
    }

    /** Every platform's API, or a start-up failure naming the platforms that have none. */
    public static PlatformApis covering(List<PlatformApi> apis) {
        PlatformApis all = new PlatformApis(apis);
        List<Platform> missing = Arrays.stream(Platform.values())
                .filter(p -> !all.byPlatform.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no open API for " + missing);
        }
        return all;
    }

    public Optional<PlatformApi> of(Platform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }
}
