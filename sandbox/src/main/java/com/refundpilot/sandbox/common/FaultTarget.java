package com.refundpilot.sandbox.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An open API of the outside world that faults can be injected into, by the paths its merchant calls use. Taobao
 * and Tmall share TOP's one router, so one fault covers both.
 */
public enum FaultTarget {
    TAOBAO("taobao", "/router/rest"),
    PINDUODUO("pinduoduo", "/pdd/api/router"),
    DOUYIN("douyin", "/douyin/"),
    WECHAT_CHANNELS("wechat-channels", "/channels/ec/", "/cgi-bin/token"),
    JD("jd", "/routerjson"),
    GENERIC("generic", "/generic/v1/"),
    COURIER("courier", "/courier/api/"),
    ERP("erp", "/erp/api/");

    /** The platforms' open APIs (what a platform outage fails), not the courier's or the ERP's. */
    public static final List<FaultTarget> PLATFORMS = List.of(TAOBAO, PINDUODUO, DOUYIN, WECHAT_CHANNELS, JD, GENERIC);

    private final String id;
    private final List<String> pathPrefixes;

    FaultTarget(String id, String... pathPrefixes) {
        this.id = id;
        this.pathPrefixes = List.of(pathPrefixes);
    }

    public String id() {
        return id;
    }

    static Optional<FaultTarget> ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    static Optional<FaultTarget> ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.pathPrefixes.stream().anyMatch(path::startsWith)).findFirst();
    }

    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(FaultTarget::id).toList());
    }
}
