package com.refundpilot.platform.adapter.out.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The app's access token, cached until five minutes before WeChat says it expires (by the injected clock), fetched
 * again when it is about to, or when WeChat says it is invalid or expired.
 */
final class WechatAccessTokens {

    /** What cgi-bin/token answered. */
    record Issued(String token, long expiresInSeconds) {
    }

    private static final Duration EARLY = Duration.ofMinutes(5);

    private final Supplier<Issued> fetch;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    WechatAccessTokens(Supplier<Issued> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    synchronized String current() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            Issued issued = fetch.get();
            token = issued.token();
            Duration lifetime = Duration.ofSeconds(issued.expiresInSeconds());
            renewAt = clock.instant().plus(lifetime.compareTo(EARLY.multipliedBy(2)) > 0 ? lifetime.minus(EARLY)
                    : lifetime.dividedBy(2));
        }
        return token;
    }

    /** WeChat refused this token: the next call fetches a new one (unless another caller did already). */
    synchronized void refused(String refusedToken) {
        if (refusedToken.equals(token)) {
            token = null;
        }
    }
}
