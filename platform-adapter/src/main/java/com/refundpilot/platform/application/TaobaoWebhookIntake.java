package com.refundpilot.platform.application;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.platform.adapter.out.mongo.InboundMessageDocument;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.config.TaobaoProperties;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import com.refundpilot.platform.domain.taobao.TaobaoRefundNormalizer;
import com.refundpilot.platform.domain.taobao.WebhookSignature;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Taobao message push: verify the signature over the raw bytes, parse, drop a redelivered message ID,
 * fetch the refund (the message carries IDs only), normalize, and store the message with its canonical
 * event in one write. Answering 2xx only after that write is what lets the platform's redelivery cover
 * our failures.
 */
@Service
public class TaobaoWebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(TaobaoWebhookIntake.class);

    private final WebhookSignature signature;
    private final TaobaoRefundNormalizer normalizer;
    private final TaobaoClient taobao;
    private final AggregateStore store;
    private final Outgoing outgoing;
    private final Clock clock;
    private final int maxBytes;
    private final JsonMapper json = JsonMapper.builder().build();

    public TaobaoWebhookIntake(TaobaoProperties properties, TaobaoClient taobao, AggregateStore store,
            Outgoing outgoing, Clock clock) {
        this.signature = new WebhookSignature(properties.appSecret(), properties.webhookWindow());
        this.normalizer = new TaobaoRefundNormalizer(properties.defaultDeadline());
        this.taobao = taobao;
        this.store = store;
        this.outgoing = outgoing;
        this.clock = clock;
        this.maxBytes = properties.maxWebhookBytes();
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
            case MISSING_SIGNATURE -> throw unauthorized("X-Top-Sign", "signature header X-Top-Sign is missing");
            case MISSING_TIMESTAMP -> throw unauthorized("X-Top-Timestamp", "header X-Top-Timestamp is missing");
            case BAD_TIMESTAMP -> throw unauthorized("X-Top-Timestamp", "X-Top-Timestamp is not epoch milliseconds");
            case EXPIRED -> throw unauthorized("X-Top-Timestamp", "X-Top-Timestamp is outside the accepted window");
            case BAD_SIGNATURE -> throw unauthorized("X-Top-Sign", "signature does not match the body");
        }
        JsonNode message = parse(rawBody, "body");
        String topic = requiredText(message, "topic", "topic");
        String msgId = requiredText(message, "msg_id", "msg_id");
        JsonNode content = parse(requiredText(message, "content", "content").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "content");
        String refundId = requiredText(content, "refund_id", "content.refund_id");
        requiredText(content, "tid", "content.tid");
        String shopId = requiredText(content, "seller_nick", "content.seller_nick");

        String documentId = platform + ":" + msgId;
        if (store.find(InboundMessageDocument.class, documentId).isPresent()) {
            return false;
        }
        TaobaoRefund refund = taobao.getRefund(shopId, refundId);
        var document = new InboundMessageDocument(documentId, topic, refundId, now);
        Optional<Event> event = normalizer.normalize(topic, refund, platform, now);
        event.ifPresentOrElse(
                e -> document.enqueue(outgoing.withNaturalId(documentId, e, null)),
                () -> log.info("{} message {} for refund {} needs no action", topic, msgId, refundId));
        try {
            store.save(document);
        } catch (DuplicateKeyException concurrentRedelivery) {
            return false;
        }
        return true;
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

    private static WebhookRejected unauthorized(String field, String detail) {
        return new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, field, detail);
    }
}
