package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.pdd.PddClient;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.port.PlatformRefusal;
import com.refundpilot.platform.application.reconcile.RefundWatermarks;
import com.refundpilot.platform.config.PinduoduoProperties;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.pdd.PddChanges;
import com.refundpilot.platform.domain.pdd.PddFacts;
import com.refundpilot.platform.domain.pdd.PddNormalizer;
import com.refundpilot.platform.domain.pdd.PddPush;
import com.refundpilot.platform.domain.pdd.PddSignature;
import com.refundpilot.platform.domain.pdd.PddTopics;
import com.refundpilot.platform.wire.pdd.PddJson;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Pinduoduo's message frames, delivered over HTTP (docs/platform-wire-formats/pdd.md §1): size, then client id,
 * timestamp window and MD5 signature over the raw bytes, then the frame read field by field; each new frame
 * {@code id} is stored once. The content names IDs only, so the after-sale (and its chat, negotiations or the
 * complaint) is read for each new message; a read that gets no answer is a 503, so PDD delivers again. A change of
 * the after-sale is claimed in its watermark before it is told, so the reconciliation sweep's stand-in frame and a
 * webhook (either first) tell it once.
 */
@Service
public class PinduoduoWebhook implements PlatformWebhook {

    private final PddSignature signature;
    private final PddNormalizer normalizer;
    private final PddClient pdd;
    private final InboundMessages inbound;
    private final RefundWatermarks watermarks;
    private final Clock clock;
    private final int maxBytes;

    public PinduoduoWebhook(PinduoduoProperties properties, PddClient pdd, InboundMessages inbound,
            RefundWatermarks watermarks, Clock clock) {
        this.signature = new PddSignature(properties.clientId(), properties.clientSecret(),
                properties.webhookWindow());
        this.normalizer = new PddNormalizer(properties.defaultDeadline(), properties.capabilities());
        this.pdd = pdd;
        this.inbound = inbound;
        this.watermarks = watermarks;
        this.clock = clock;
        this.maxBytes = properties.maxWebhookBytes();
    }

    @Override
    public Map<String, Platform> paths() {
        return Map.of("pinduoduo", Platform.PINDUODUO);
    }

    /** Answers the message service's acknowledgement of the frame, for a new frame and a duplicate alike. */
    @Override
    public Object receive(Platform platform, RawPush push) {
        push.requireAtMost(maxBytes);
        Instant now = clock.instant();
        PddSignature.Verdict verdict = signature.verifyPush(push.header(PddSignature.CLIENT_ID_HEADER),
                push.header(PddSignature.TIMESTAMP_HEADER), push.header(PddSignature.SIGN_HEADER), push.body(), now);
        if (verdict != PddSignature.Verdict.VALID) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, verdict.header(), verdict.description());
        }
        PddPush message = read(push.body());
        store(message, now);
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("commandType", "Ack");
        ack.put("id", message.id().matches("\\d{1,18}") ? (Object) Long.parseLong(message.id()) : message.id());
        return ack;
    }

    /** A frame the reconciliation sweep stands in for a lost one with: the same path after the signature. */
    public PushOutcome acceptStandIn(PddPush standIn) {
        return store(standIn, clock.instant());
    }

    private PushOutcome store(PddPush message, Instant now) {
        String documentId = InboundMessages.documentId(Platform.PINDUODUO, message.id());
        return inbound.storeOnce(Platform.PINDUODUO, message.id(), message.type(), message.subject(),
                () -> normalize(message, documentId, now), now);
    }

    /**
     * Reads what the message type needs; an ID the platform refuses to show makes the message a stored drop, and so
     * does a change of the after-sale another message (a webhook under another id, or a sweep's stand-in) told.
     */
    private Normalized normalize(PddPush message, String documentId, Instant now) {
        String mall = message.mallId();
        PddFacts facts;
        try {
            facts = switch (PddTopics.needOf(message.type())) {
                case NOTHING -> PddFacts.none();
                case AFTER_SALE -> PddFacts.of(pdd.afterSale(mall, message.refundId(), message.tid()));
                case AFTER_SALE_AND_CHAT -> new PddFacts(pdd.afterSale(mall, message.refundId(), message.tid()),
                        pdd.chat(mall, message.refundId(), message.tid()), null, null);
                case AFTER_SALE_AND_NEGOTIATIONS -> new PddFacts(pdd.afterSale(mall, message.refundId(),
                        message.tid()), null, pdd.negotiations(mall, message.refundId(), message.tid()), null);
                case COMPLAINT -> new PddFacts(null, null, null, pdd.complaint(mall, message.complaintId()));
            };
        } catch (PlatformRefusal refused) {
            return Normalized.dropped("the platform refused to show it: " + refused.getMessage());
        }
        Optional<String> toldBy = PddChanges.observed(message.type(), message.mallId(), facts.afterSale())
                .flatMap(change -> watermarks.claim(Platform.PINDUODUO, change, documentId));
        return toldBy.isPresent() ? Normalized.dropped("already told by message " + toldBy.get())
                : normalizer.normalize(message, facts, now);
    }

    private static PddPush read(byte[] body) {
        try {
            return PddJson.push(body);
        } catch (MalformedPayload malformed) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, malformed.field(), malformed.getMessage());
        }
    }
}
