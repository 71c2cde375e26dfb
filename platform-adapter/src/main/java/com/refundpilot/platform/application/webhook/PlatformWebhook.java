package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import java.util.Map;

/**
 * One platform's push endpoint(s) at {@code POST /webhooks/{path}}: verifies the push over its raw bytes, reads it,
 * and stores each new message with its canonical events ({@link InboundMessages}). Refusals are
 * {@link com.refundpilot.platform.application.WebhookRejected}; a detail fetch that gets no answer is
 * {@code GuardedHttp.PeerUnavailable} (503, so the platform delivers again).
 */
public interface PlatformWebhook {

    /** The path segments this endpoint serves, and the platform each stands for. */
    Map<String, Platform> paths();

    /** Handles the push; answers the body the platform expects for an accepted push. */
    Object receive(Platform platform, RawPush push);
}
