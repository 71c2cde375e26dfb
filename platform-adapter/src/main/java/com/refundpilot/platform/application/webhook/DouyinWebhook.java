package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.douyin.DouyinClient;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.port.PlatformRefusal;
import com.refundpilot.platform.application.reconcile.RefundWatermarks;
import com.refundpilot.platform.config.DouyinProperties;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.douyin.DouyinChanges;
import com.refundpilot.platform.domain.douyin.DouyinEventSignature;
import com.refundpilot.platform.domain.douyin.DouyinFacts;
import com.refundpilot.platform.domain.douyin.DouyinNormalizer;
import com.refundpilot.platform.domain.douyin.DouyinPushMessage;
import com.refundpilot.platform.domain.douyin.DouyinTags;
import com.refundpilot.platform.wire.douyin.DouyinPushReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Douyin pushes: size, then {@code app-id} and {@code event-sign} (MD5 over the raw bytes; no timestamp is signed, so
 * replays are caught by {@code msg_id} alone), then the batch read message by message. Every readable message is
 * stored once with its canonical events (the after-sale or complaint read from the platform first); a malformed one
 * makes the answer 400 naming its field, after the others were stored, so the platform's redelivery of the whole
 * batch only repeats what is already accepted (docs/platform-wire-formats/douyin.md §1). A change of the after-sale
 * that another message (a push under another {@code msg_id}, or the reconciliation sweep's stand-in) told already is
 * kept and dropped as told: the after-sale's watermark says so (ADR 0010).
 */
@Service
public class DouyinWebhook implements PlatformWebhook {

    /** The answer the platform expects for an accepted batch — for duplicates too, else it delivers again. */
    static final Map<String, Object> SUCCESS = success();

    private final DouyinEventSignature signature;
    private final DouyinNormalizer normalizer;
    private final DouyinClient douyin;
    private final InboundMessages inbound;
    private final RefundWatermarks watermarks;
    private final Clock clock;
    private final int maxBytes;

    public DouyinWebhook(DouyinProperties properties, DouyinClient douyin, InboundMessages inbound,
            RefundWatermarks watermarks, Clock clock) {
        this.signature = new DouyinEventSignature(properties.appKey(), properties.appSecret());
        this.normalizer = new DouyinNormalizer(properties.defaultDeadline(), properties.announced());
        this.douyin = douyin;
        this.inbound = inbound;
        this.watermarks = watermarks;
        this.clock = clock;
        this.maxBytes = properties.maxWebhookBytes();
    }

    @Override
    public Map<String, Platform> paths() {
        return Map.of("douyin", Platform.DOUYIN);
    }

    @Override
    public Object receive(Platform platform, RawPush push) {
        push.requireAtMost(maxBytes);
        DouyinEventSignature.Verdict verdict = signature.verify(push.header(DouyinEventSignature.APP_ID_HEADER),
                push.header(DouyinEventSignature.SIGN_HEADER), push.body());
        if (verdict != DouyinEventSignature.Verdict.VALID) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, verdict.header(), describe(verdict));
        }
        DouyinPushReader.Batch batch = read(push.body());
        Instant now = clock.instant();
        for (DouyinPushMessage message : batch.messages()) {
            store(message, now);
        }
        if (batch.problem() != null) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, batch.problem().field(),
                    batch.problem().getMessage());
        }
        return SUCCESS;
    }

    /** A message the reconciliation sweep stands in for a lost one with: the same path after the signature. */
    public PushOutcome acceptStandIn(DouyinPushMessage standIn) {
        return store(standIn, clock.instant());
    }

    private PushOutcome store(DouyinPushMessage message, Instant now) {
        return inbound.storeOnce(Platform.DOUYIN, message.msgId(), message.tag(), message.subject(),
                () -> normalize(message, now), now);
    }

    /**
     * Reads what the tag needs; an ID the platform does not show (not found, refused) makes the message a drop. The
     * after-sale read is claimed in its watermark before the message is normalized.
     */
    private Normalized normalize(DouyinPushMessage message, Instant now) {
        String shop = message.shopId();
        DouyinFacts facts;
        try {
            facts = switch (DouyinTags.needOf(message.tag())) {
                case NOTHING -> DouyinFacts.none();
                case AFTER_SALE -> DouyinFacts.of(douyin.afterSale(shop, message.afterSaleId(), false));
                case AFTER_SALE_AND_CHAT -> new DouyinFacts(douyin.afterSale(shop, message.afterSaleId(), false),
                        douyin.messages(shop, message.afterSaleId()), List.of(), null);
                case AFTER_SALE_AND_NEGOTIATIONS -> new DouyinFacts(douyin.afterSale(shop, message.afterSaleId(),
                        false), List.of(), douyin.negotiations(shop, message.afterSaleId()), null);
                case COMPLAINT -> new DouyinFacts(null, List.of(), List.of(),
                        douyin.complaint(shop, message.complaintId()));
            };
        } catch (PlatformRefusal refused) {
            return Normalized.dropped("the platform refused to show it: " + refused.getMessage());
        } catch (MalformedPayload unreadable) {
            return Normalized.dropped("the platform's answer is unreadable at " + unreadable.field() + ": "
                    + unreadable.getMessage());
        }
        String documentId = InboundMessages.documentId(Platform.DOUYIN, message.msgId());
        Optional<String> toldBy = DouyinChanges.observed(message, facts.afterSale())
                .flatMap(change -> watermarks.claim(Platform.DOUYIN, change, documentId));
        return toldBy.isPresent() ? Normalized.dropped("already told by message " + toldBy.get())
                : normalizer.normalize(message, facts, now);
    }

    private static DouyinPushReader.Batch read(byte[] body) {
        try {
            return DouyinPushReader.read(body);
        } catch (MalformedPayload malformed) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, malformed.field(), malformed.getMessage());
        }
    }

    /** {@code {"code":0,"msg":"success"}}, in this order, as the platform documents it. */
    private static Map<String, Object> success() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("msg", "success");
        return Collections.unmodifiableMap(answer);
    }

    private static String describe(DouyinEventSignature.Verdict verdict) {
        return switch (verdict) {
            case MISSING_APP_ID -> "header app-id is missing";
            case WRONG_APP_ID -> "app-id is not this merchant's app key";
            case MISSING_SIGNATURE -> "header event-sign is missing";
            case BAD_SIGNATURE -> "event-sign does not match the body";
            case VALID -> "valid";
        };
    }
}
