package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.reconcile.RefundWatermarks;
import com.refundpilot.platform.config.GenericProperties;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.generic.GenericChanges;
import com.refundpilot.platform.wire.generic.GenericJson;
import com.refundpilot.platform.domain.generic.GenericNormalizer;
import com.refundpilot.platform.domain.generic.GenericPush;
import com.refundpilot.platform.domain.generic.GenericSignature;
import com.refundpilot.platform.wire.generic.GenericJson;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Pushes of the generic protocol: size, then app key, timestamp window and HMAC over the raw bytes, then the JSON
 * read field by field; each new {@code eventId} is stored once with its canonical events. The push carries the
 * whole after-sale, so nothing is fetched.
 */
@Service
public class GenericWebhook implements PlatformWebhook {

    private final GenericSignature signature;
    private final GenericNormalizer normalizer;
    private final InboundMessages inbound;
    private final RefundWatermarks watermarks;
    private final Clock clock;
    private final int maxBytes;

    public GenericWebhook(GenericProperties properties, InboundMessages inbound, RefundWatermarks watermarks,
            Clock clock) {
        this.signature = new GenericSignature(properties.appKey(), properties.appSecret(), properties.webhookWindow());
        this.normalizer = new GenericNormalizer(properties.defaultDeadline(), properties.capabilities());
        this.inbound = inbound;
        this.watermarks = watermarks;
        this.clock = clock;
        this.maxBytes = properties.maxWebhookBytes();
    }

    @Override
    public Map<String, Platform> paths() {
        return Map.of("generic", Platform.GENERIC);
    }

    @Override
    public Object receive(Platform platform, RawPush push) {
        push.requireAtMost(maxBytes);
        Instant now = clock.instant();
        GenericSignature.Verdict verdict = signature.verify(push.header(GenericSignature.APP_KEY_HEADER),
                push.header(GenericSignature.TIMESTAMP_HEADER), push.header(GenericSignature.SIGNATURE_HEADER),
                push.body(), now);
        if (verdict != GenericSignature.Verdict.VALID) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, verdict.header(), describe(verdict));
        }
        boolean fresh = store(read(push.body()), now).fresh();
        return Map.of("code", 0, "msg", fresh ? "success" : "duplicate");
    }

    /** A push the reconciliation sweep stands in for a lost one with: the same path after the signature. */
    public PushOutcome acceptStandIn(GenericPush standIn) {
        return store(standIn, clock.instant());
    }

    /**
     * Stores a new push once. A change of the after-sale that another push (a webhook under another eventId, or the
     * sweep's stand-in) told already is kept and dropped as told: the after-sale's watermark says so.
     */
    private PushOutcome store(GenericPush message, Instant now) {
        String documentId = InboundMessages.documentId(Platform.GENERIC, message.eventId());
        return inbound.storeOnce(Platform.GENERIC, message.eventId(), message.type(), message.subject(), () -> {
            Optional<String> toldBy = GenericChanges.observed(message)
                    .flatMap(change -> watermarks.claim(Platform.GENERIC, change, documentId));
            return toldBy.isPresent() ? Normalized.dropped("already told by message " + toldBy.get())
                    : normalizer.normalize(message, now);
        }, now);
    }

    private static GenericPush read(byte[] body) {
        try {
            return GenericJson.push(body);
        } catch (MalformedPayload malformed) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, malformed.field(), malformed.getMessage());
        }
    }

    private static String describe(GenericSignature.Verdict verdict) {
        return switch (verdict) {
            case MISSING_APP_KEY -> "header X-RP-App-Key is missing";
            case WRONG_APP_KEY -> "X-RP-App-Key is not this merchant's app key";
            case MISSING_TIMESTAMP -> "header X-RP-Timestamp is missing";
            case BAD_TIMESTAMP -> "X-RP-Timestamp is not epoch milliseconds";
            case EXPIRED -> "X-RP-Timestamp is outside the accepted window";
            case MISSING_SIGNATURE -> "header X-RP-Signature is missing";
            case BAD_SIGNATURE -> "X-RP-Signature does not match the body";
            case VALID -> "valid";
        };
    }
}
