package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the adapter announces on every {@code refund.requested} of each platform, i.e. what it can carry out there:
 * each platform's {@code capabilities} and, where the platform has them, its {@code assumed-capabilities}. The one
 * answer to "what can the system do on this platform?" for whoever runs the adapter (the launcher's scenario runs).
 */
public record PlatformCapabilities(Map<Platform, Set<PlatformAction>> byPlatform) {

    public PlatformCapabilities {
        byPlatform = Map.copyOf(byPlatform);
    }

    static PlatformCapabilities of(TaobaoProperties taobao, GenericProperties generic, PinduoduoProperties pinduoduo,
            DouyinProperties douyin, WechatChannelsProperties wechat, JdProperties jd) {
        Map<Platform, Set<PlatformAction>> all = new EnumMap<>(Platform.class);
        all.put(Platform.TAOBAO, AnnouncedActions.of(taobao.capabilities(), null));
        all.put(Platform.TMALL, AnnouncedActions.of(taobao.capabilities(), null));
        all.put(Platform.GENERIC, AnnouncedActions.of(generic.capabilities(), null));
        all.put(Platform.PINDUODUO, AnnouncedActions.of(pinduoduo.capabilities(), null));
        all.put(Platform.DOUYIN, douyin.announced());
        all.put(Platform.WECHAT_CHANNELS, wechat.announced());
        all.put(Platform.JD, jd.announced());
        return new PlatformCapabilities(all);
    }

    /** What the adapter carries out on {@code platform}. */
    public Set<PlatformAction> on(Platform platform) {
        return byPlatform.getOrDefault(platform, Set.of());
    }
}
