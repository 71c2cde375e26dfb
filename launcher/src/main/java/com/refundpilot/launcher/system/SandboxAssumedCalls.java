package com.refundpilot.launcher.system;

import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoCapabilities;
import java.util.List;
import java.util.Map;

/**
 * The embedded system's platform-adapter runs against the sandbox, so it is given the actions the sandbox's assumed
 * calls carry out (its {@code assumed-capabilities}, empty by default: a shop on the real platform), as the sandbox
 * itself declares them ({@link TaobaoCapabilities#assumed}).
 */
final class SandboxAssumedCalls {

    /** The platforms with assumed calls, by their {@code refundpilot.platforms.*} key. */
    private static final Map<String, SandboxPlatform> PLATFORMS = Map.of("douyin", SandboxPlatform.DOUYIN,
            "jd", SandboxPlatform.JD, "wechat-channels", SandboxPlatform.WECHAT_CHANNELS);

    private SandboxAssumedCalls() {
    }

    /**
     * {@code --refundpilot.platforms.douyin.assumed-capabilities=NEGOTIATE,...}, one per platform, but none for a
     * platform whose list is set as a system property: {@code -Drefundpilot.platforms.douyin.assumed-capabilities=}
     * plays Douyin as a shop on the real platform would be (command-line arguments would outrank it).
     */
    static List<String> platformAdapterArgs() {
        return PLATFORMS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(p -> System.getProperty(key(p.getKey())) == null)
                .map(p -> "--" + key(p.getKey()) + "=" + String.join(",", TaobaoCapabilities.of(p.getValue()).assumed()))
                .toList();
    }

    private static String key(String platform) {
        return "refundpilot.platforms." + platform + ".assumed-capabilities";
    }
}
