package com.refundpilot.logistics.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.feeds.*}: the couriers' tracking pushes. {@code max-body-bytes} bounds every native push's body
 * (default 64 KiB; larger is 413 before anything is parsed). {@code kuaidi100.salt} is the salt given when
 * subscribing (it signs every push); {@code kdniao.e-business-id} and {@code kdniao.app-key} are the merchant's
 * Kdniao account ID and key (the key signs every push, the ID must be the push's). None may be blank: an empty salt
 * or key would let anyone sign.
 */
@ConfigurationProperties("refundpilot.feeds")
public record FeedProperties(Integer maxBodyBytes, Kuaidi100 kuaidi100, Kdniao kdniao) {

    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public FeedProperties {
        maxBodyBytes = maxBodyBytes == null ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("refundpilot.feeds.max-body-bytes must be positive");
        }
        if (kuaidi100 == null || kdniao == null) {
            throw new IllegalArgumentException("refundpilot.feeds.kuaidi100 and refundpilot.feeds.kdniao are required");
        }
    }

    public record Kuaidi100(String salt) {

        public Kuaidi100 {
            required(salt, "refundpilot.feeds.kuaidi100.salt");
        }
    }

    public record Kdniao(String eBusinessId, String appKey) {

        public Kdniao {
            required(eBusinessId, "refundpilot.feeds.kdniao.e-business-id");
            required(appKey, "refundpilot.feeds.kdniao.app-key");
        }
    }

    private static void required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is required");
        }
    }
}
