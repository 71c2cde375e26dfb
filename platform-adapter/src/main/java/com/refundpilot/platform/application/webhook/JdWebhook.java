package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.jd.JdApiException;
import com.refundpilot.platform.adapter.out.jd.JdClient;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.reconcile.RefundWatermarks;
import com.refundpilot.platform.config.JdProperties;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.jd.JdBatch;
import com.refundpilot.platform.domain.jd.JdChanges;
import com.refundpilot.platform.domain.jd.JdFacts;
import com.refundpilot.platform.domain.jd.JdMessage;
import com.refundpilot.platform.domain.jd.JdNormalizer;
import com.refundpilot.platform.domain.jd.JdSignature;
import com.refundpilot.platform.domain.jd.JdTopics;
import com.refundpilot.platform.wire.jd.JdJson;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * JD's message batches (docs/platform-wire-formats/jd.md §1): size, then app key, timestamp window and MD5 signature
 * over the raw bytes, then the whole batch read field by field — one bad message refuses the batch, before anything
 * is stored. Each new {@code msgId} is then stored once with its canonical events; a message carries IDs only, so
 * the bill (or complaint) is read for it. A read that gets no answer is a 503: JD delivers the batch again, and the
 * messages stored before it are duplicates then. A change of the bill is claimed in its watermark before it is told,
 * so the reconciliation sweep's stand-in message and a webhook (either first) tell it once.
 */
@Service
public class JdWebhook implements PlatformWebhook {

    private final JdSignature signature;
    private final JdNormalizer normalizer;
    private final JdClient jd;
    private final InboundMessages inbound;
    private final RefundWatermarks watermarks;
    private final Clock clock;
    private final int maxBytes;

    public JdWebhook(JdProperties properties, JdClient jd, InboundMessages inbound, RefundWatermarks watermarks,
            Clock clock) {
        this.signature = new JdSignature(properties.appKey(), properties.appSecret(), properties.webhookWindow());
        this.normalizer = new JdNormalizer(properties.defaultDeadline(), properties.announced());
        this.jd = jd;
        this.inbound = inbound;
        this.watermarks = watermarks;
        this.clock = clock;
        this.maxBytes = properties.maxWebhookBytes();
    }

    @Override
    public Map<String, Platform> paths() {
        return Map.of("jd", Platform.JD);
    }

    @Override
    public Object receive(Platform platform, RawPush push) {
        push.requireAtMost(maxBytes);
        Instant now = clock.instant();
        JdSignature.Verdict verdict = signature.verify(push.header(JdSignature.APP_KEY_HEADER),
                push.header(JdSignature.TIMESTAMP_HEADER), push.header(JdSignature.SIGN_HEADER), push.body(), now);
        if (verdict != JdSignature.Verdict.VALID) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, verdict.header(), describe(verdict));
        }
        JdBatch batch = read(push.body());
        int accepted = 0;
        for (JdMessage message : batch.messages()) {
            if (store(message, now).fresh()) {
                accepted++;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", "0");
        answer.put("msg", "success");
        answer.put("accepted", accepted);
        answer.put("duplicates", batch.messages().size() - accepted);
        return answer;
    }

    /** A message the reconciliation sweep stands in for a lost one with: the same path after the signature. */
    public PushOutcome acceptStandIn(JdMessage standIn) {
        return store(standIn, clock.instant());
    }

    private PushOutcome store(JdMessage message, Instant now) {
        String documentId = InboundMessages.documentId(Platform.JD, message.msgId());
        return inbound.storeOnce(Platform.JD, message.msgId(), message.topic(), message.subject(),
                () -> normalize(message, documentId, now), now);
    }

    /**
     * Reads what the topic needs; a bill the platform refuses to show (unknown ID) or cannot be read is a drop, and
     * so is a change of the bill another message (a webhook under another msgId, or a sweep's stand-in) told.
     */
    private Normalized normalize(JdMessage message, String documentId, Instant now) {
        JdFacts facts;
        try {
            facts = switch (JdTopics.needOf(message.topic())) {
                case NOTHING -> JdFacts.none();
                case BILL -> JdFacts.of(jd.bill(message.shop(), message.content().serviceId()));
                case COMPLAINT -> JdFacts.of(jd.complaint(message.shop(), message.content().complaintId()));
            };
        } catch (JdApiException refused) {
            return Normalized.dropped("the platform refused to show it: " + refused.getMessage());
        } catch (MalformedPayload unreadable) {
            return Normalized.dropped("the platform's answer is unreadable at " + unreadable.field());
        }
        Optional<String> toldBy = JdChanges.observed(message.topic(), message.shop(), facts.bill())
                .flatMap(change -> watermarks.claim(Platform.JD, change, documentId));
        return toldBy.isPresent() ? Normalized.dropped("already told by message " + toldBy.get())
                : normalizer.normalize(message, facts, now);
    }

    private static JdBatch read(byte[] body) {
        try {
            return JdJson.batch(body);
        } catch (MalformedPayload malformed) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, malformed.field(), malformed.getMessage());
        }
    }

    private static String describe(JdSignature.Verdict verdict) {
        return switch (verdict) {
            case MISSING_APP_KEY -> "header X-Jd-App-Key is missing";
            case WRONG_APP_KEY -> "X-Jd-App-Key is not this merchant's app key";
            case MISSING_TIMESTAMP -> "header X-Jd-Timestamp is missing";
            case BAD_TIMESTAMP -> "X-Jd-Timestamp is not yyyy-MM-dd HH:mm:ss";
            case EXPIRED -> "X-Jd-Timestamp is outside the accepted window";
            case MISSING_SIGNATURE -> "header X-Jd-Sign is missing";
            case BAD_SIGNATURE -> "X-Jd-Sign does not match the body";
            case VALID -> "valid";
        };
    }
}
