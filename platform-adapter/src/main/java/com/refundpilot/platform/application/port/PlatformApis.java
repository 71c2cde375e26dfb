package com.refundpilot.platform.application.port;

import com.refundpilot.contracts.vocabulary.Platform;
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

    public Optional<PlatformApi> of(Platform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }
}
