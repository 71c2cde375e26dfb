package com.refundpilot.sandbox.platform.wechat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The merchant app's access tokens (cgi-bin/token): random, valid {@code token-lifetime} by the injected clock. A new
 * token leaves older ones valid until their own expiry (simpler than WeChat, which keeps the previous one a few
 * minutes). Expired tokens are forgotten when they are next shown.
 */
@Component
class AccessTokens {

    static final int MISSING = 41001;
    static final int INVALID = 40001;
    static final int EXPIRED = 42001;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WechatProperties properties;
    private final Clock clock;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    AccessTokens(WechatProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String issue() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = "ACCESS_" + HexFormat.of().formatHex(random);
        expiries.put(token, clock.instant().plus(properties.tokenLifetime()));
        return token;
    }

    long lifetimeSeconds() {
        return properties.tokenLifetime().toSeconds();
    }

    /** Refuses a call without a token (41001), with one never issued (40001) or expired (42001). */
    void check(String token) {
        if (token == null || token.isBlank()) {
            throw new WechatApiException(MISSING, "access_token missing");
        }
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            throw new WechatApiException(INVALID, "invalid credential, access_token is invalid or not latest");
        }
        if (!clock.instant().isBefore(expiry)) {
            expiries.remove(token);
            throw new WechatApiException(EXPIRED, "access_token expired");
        }
    }
}
