package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.UnknownResourceException;
import java.util.Arrays;

/**
 * The platforms the sandbox plays over one refund model. Each refund and complaint belongs to one of them, and is
 * reached only through its own platform's control paths and open API: TAOBAO and TMALL speak TOP (the same wire,
 * each pushed to its own webhook), GENERIC speaks the project's generic after-sales protocol, and JD, PINDUODUO,
 * WECHAT_CHANNELS and DOUYIN each their own platform's wire (docs/platform-wire-formats/).
 */
public enum SandboxPlatform {
    TAOBAO("taobao", true),
    TMALL("tmall", true),
    GENERIC("generic", false),
    /** JD's JOS wire: {@code /routerjson}, pushes as JD message batches (docs/platform-wire-formats/jd.md). */
    JD("jd", false),
    /** Pinduoduo's own wire (docs/platform-wire-formats/pdd.md): /pdd/api/router and PDD message frames. */
    PINDUODUO("pinduoduo", false),
    WECHAT_CHANNELS("wechat-channels", false),
    /** Douyin shop (抖店): its own open API at /douyin and batched, MD5-signed pushes (docs/platform-wire-formats/douyin.md). */
    DOUYIN("douyin", false);

    private final String path;
    private final boolean speaksTop;

    SandboxPlatform(String path, boolean speaksTop) {
        this.path = path;
        this.speaksTop = speaksTop;
    }

    /** The platform's segment in {@code /sandbox/platforms/{platform}/...}. */
    public String path() {
        return path;
    }

    /** Reached over {@code /router/rest} and pushed as TMC messages. */
    public boolean speaksTop() {
        return speaksTop;
    }

    /** The platform a control path names; an unknown one is a 404, like any unknown resource. */
    public static SandboxPlatform ofPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst()
                .orElseThrow(() -> new UnknownResourceException("platform", path));
    }
}
