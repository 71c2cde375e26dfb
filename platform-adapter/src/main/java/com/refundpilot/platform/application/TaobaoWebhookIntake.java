package com.refundpilot.platform.application;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.taobao.TaobaoApiException;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.application.reconcile.RefundWatermarks;
import com.refundpilot.platform.application.webhook.InboundMessages;
import com.refundpilot.platform.application.webhook.PlatformWebhook;
import com.refundpilot.platform.application.webhook.PushOutcome;
import com.refundpilot.platform.application.webhook.RawPush;
import com.refundpilot.platform.config.TaobaoProperties;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.taobao.TaobaoChanges;
import com.refundpilot.platform.domain.taobao.TaobaoFacts;
import com.refundpilot.platform.domain.taobao.TaobaoPush;
import com.refundpilot.platform.domain.taobao.TaobaoRefundNormalizer;
import com.refundpilot.platform.domain.taobao.TaobaoTopics;
import com.refundpilot.platform.domain.taobao.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Taobao message push: verify the signature over the raw bytes, parse, drop a redelivered message ID,
 * fetch what the topic needs (the message carries IDs only), normalize, and store the message with its
 * canonical events once ({@link InboundMessages}). Headers {@code X-Top-Timestamp} and {@code X-Top-Sign}.
 * A change already told by another message (the reconciliation sweep's, or a webhook's under another msg_id) is
 * kept too, dropped as told: the refund's watermark says so ({@link RefundWatermarks}).
 */
@Service
public class TaobaoWebhookIntake implements PlatformWebhook {

    static final String TIMESTAMP_HEADER = "X-Top-Timestamp";
    static final String SIGN_HEADER = "X-Top-Sign";

    private final WebhookSignature signature;
    private final TaobaoRefundNormalizer normalizer;
    private final TaobaoClient taobao;
    private final InboundMessages inbound;
    private final RefundWatermarks watermarks;
    private final Clock clock;
    private final int maxBytes;
    private final JsonMapper json = JsonMapper.builder().build();

    public TaobaoWebhookIntake(TaobaoProperties properties, TaobaoClient taobao, InboundMessages inbound,
            RefundWatermarks watermarks, Clock clock) {
        this.signature = new WebhookSignature(properties.appSecret(), properties.webhookWindow());
        this.normalizer = new TaobaoRefundNormalizer(properties.defaultDeadline(), properties.capabilities());
        this.taobao = taobao;
        this.inbound = inbound;
        this.watermarks = watermarks;
        this.clock = clock;
        this.maxBytes = properties.maxWebhookBytes();
    }

    @Override
    public Map<String, Platform> paths() {
        return Map.of("taobao", Platform.TAOBAO, "tmall", Platform.TMALL);
    }

    @Override
    public Object receive(Platform platform, RawPush push) {
        boolean fresh = accept(push.body(), push.header(TIMESTAMP_HEADER), push.header(SIGN_HEADER), platform);
        return Map.of("code", 0, "msg", fresh ? "accepted" : "duplicate");
    }

    /** Returns true when the message was new, false for a redelivery already accepted. */
    public boolean accept(byte[] rawBody, String timestamp, String sign, Platform platform) {
        if (rawBody.length > maxBytes) {
            throw new WebhookRejected(WebhookRejected.Kind.TOO_LARGE, "body",
                    "body of " + rawBody.length + " bytes exceeds the limit of " + maxBytes);
        }
        Instant now = clock.instant();
        switch (signature.verify(timestamp, sign, rawBody, now)) {
            case VALID -> { }
            case MISSING_SIGNATURE -> throw unauthorized(SIGN_HEADER, "signature header X-Top-Sign is missing");
            case MISSING_TIMESTAMP -> throw unauthorized(TIMESTAMP_HEADER, "header X-Top-Timestamp is missing");
            case BAD_TIMESTAMP -> throw unauthorized(TIMESTAMP_HEADER, "X-Top-Timestamp is not epoch milliseconds");
            case EXPIRED -> throw unauthorized(TIMESTAMP_HEADER, "X-Top-Timestamp is outside the accepted window");
            case BAD_SIGNATURE -> throw unauthorized(SIGN_HEADER, "signature does not match the body");
        }
        return acceptPush(parsePush(rawBody), platform).fresh();
    }

    /**
     * A verified, parsed message (a webhook's, or one the reconciliation sweep stands in for a lost webhook with):
     * drop a redelivered message ID, fetch, normalize, store the message with its events in one write.
     */
    public PushOutcome acceptPush(TaobaoPush push, Platform platform) {
        Instant now = clock.instant();
        String subject = push.refundId() != null ? push.refundId() : push.complaintId();
        return inbound.storeOnce(platform, push.msgId(), push.topic(), subject,
                () -> normalize(push, platform, InboundMessages.documentId(platform, push.msgId()), now), now);
    }

    /**
     * Fetches what the topic needs; a platform that refuses the read (unknown ID) makes the message a drop, and so
     * does a change the refund's watermark says another message told already.
     */
    private Normalized normalize(TaobaoPush push, Platform platform, String documentId, Instant now) {
        TaobaoFacts facts;
        String shop = push.sellerNick();
        try {
            facts = switch (TaobaoTopics.needOf(push.topic())) {
                case NOTHING -> TaobaoFacts.none();
                case REFUND -> TaobaoFacts.of(taobao.getRefund(shop, push.refundId()));
                case REFUND_AND_CHAT -> new TaobaoFacts(taobao.getRefund(shop, push.refundId()),
                        taobao.getChat(shop, push.refundId()), null, null);
                case REFUND_AND_NEGOTIATIONS -> new TaobaoFacts(taobao.getRefund(shop, push.refundId()), null,
                        taobao.getNegotiations(shop, push.refundId()), null);
                case COMPLAINT -> new TaobaoFacts(null, null, null, taobao.getComplaint(shop, push.complaintId()));
            };
        } catch (TaobaoApiException refused) {
            return Normalized.dropped("the platform refused to show it: " + refused.getMessage());
        }
        Optional<String> toldBy = TaobaoChanges.observed(push.topic(), facts.refund())
                .flatMap(change -> watermarks.claim(platform, change, documentId));
        if (toldBy.isPresent()) {
            return Normalized.dropped("already told by message " + toldBy.get());
        }
        return normalizer.normalize(push, facts, platform, now);
    }

    private TaobaoPush parsePush(byte[] rawBody) {
        JsonNode message = parse(rawBody, "body");
        String topic = requiredText(message, "topic", "topic");
        String msgId = requiredText(message, "msg_id", "msg_id");
        JsonNode content = parse(requiredText(message, "content", "content").getBytes(StandardCharsets.UTF_8),
                "content");
        boolean complaint = TaobaoTopics.aboutComplaint(topic);
        String refundId = complaint ? null : requiredText(content, "refund_id", "content.refund_id");
        String complaintId = complaint ? requiredText(content, "complaint_id", "content.complaint_id") : null;
        String tid = requiredText(content, "tid", "content.tid");
        String shopId = requiredText(content, "seller_nick", "content.seller_nick");
        return new TaobaoPush(topic, msgId, refundId, complaintId, tid, shopId, optionalText(content, "refund_fee"),
                optionalText(content, "message_id"), optionalText(content, "negotiation_id"));
    }

    private JsonNode parse(byte[] bytes, String field) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, field, field + " must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, field,
                    field + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String requiredText(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, field, field + " is required");
        }
        return value.asString();
    }

    /** A number or a string (TMC sends IDs either way), as text; null when absent. */
    private static String optionalText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.asString() : value.asString(null);
    }

    private static WebhookRejected unauthorized(String field, String detail) {
        return new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, field, detail);
    }
}
