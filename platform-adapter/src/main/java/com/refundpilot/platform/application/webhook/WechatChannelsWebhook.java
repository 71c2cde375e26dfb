package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.wechat.WechatClient;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.port.PlatformRefusal;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.wechat.WechatAfterSale;
import com.refundpilot.platform.domain.wechat.WechatAfterSaleNormalizer;
import com.refundpilot.platform.domain.wechat.WechatAfterSaleView;
import com.refundpilot.platform.domain.wechat.WechatComplaintNormalizer;
import com.refundpilot.platform.domain.wechat.WechatComplaintSeen;
import com.refundpilot.platform.domain.wechat.WechatCrypto;
import com.refundpilot.platform.domain.wechat.WechatDispute;
import com.refundpilot.platform.domain.wechat.WechatOrder;
import com.refundpilot.platform.domain.wechat.WechatPush;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import com.refundpilot.platform.domain.wechat.WechatSeenBook;
import com.refundpilot.platform.domain.wechat.WechatStatuses;
import com.refundpilot.platform.wire.wechat.WechatJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * WeChat Channels shop pushes (docs/platform-wire-formats/wechat.md §1, §4): size; the envelope; {@code msg_signature}
 * over token, timestamp, nonce and the ciphertext, in constant time; the signed timestamp's window; decryption with
 * our EncodingAESKey and app ID; the event read field by field. Each message fetches the after-sale — or the order
 * complaint — and compares it with what was seen at the last push: the events are the difference, stored once with
 * the message (by its natural key), and what is seen now is written after. A message whose key was seen is compared
 * once more, so a second change hidden behind the same key is not lost. One subject at a time.
 */
@Service
public class WechatChannelsWebhook implements PlatformWebhook {

    private static final int LOCKS = 64;

    private final WechatCrypto crypto;
    private final WechatClient wechat;
    private final WechatSeenBook seen;
    private final WechatAfterSaleNormalizer afterSales;
    private final WechatComplaintNormalizer complaints;
    private final InboundMessages inbound;
    private final Clock clock;
    private final Duration window;
    private final int maxBytes;
    private final Object[] locks = new Object[LOCKS];

    public WechatChannelsWebhook(WechatChannelsProperties properties, WechatClient wechat, WechatSeenBook seen,
            InboundMessages inbound, Clock clock) {
        this.crypto = new WechatCrypto(properties.token(), properties.encodingAesKey(), properties.appId());
        this.wechat = wechat;
        this.seen = seen;
        this.afterSales = new WechatAfterSaleNormalizer(properties.defaultDeadline(), properties.deadlineTolerance(),
                properties.announced());
        this.complaints = new WechatComplaintNormalizer(properties.defaultDeadline(), properties.deadlineTolerance());
        this.inbound = inbound;
        this.clock = clock;
        this.window = properties.webhookWindow();
        this.maxBytes = properties.maxWebhookBytes();
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    @Override
    public Map<String, Platform> paths() {
        return Map.of("wechat-channels", Platform.WECHAT_CHANNELS);
    }

    @Override
    public Object receive(Platform platform, RawPush push) {
        push.requireAtMost(maxBytes);
        String timestamp = required(push, "timestamp");
        String nonce = required(push, "nonce");
        String signature = required(push, "msg_signature");
        WechatJson.Envelope envelope = read(() -> WechatJson.envelope(push.body()));
        if (!crypto.signatureMatches(timestamp, nonce, envelope.encrypt(), signature)) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, "msg_signature",
                    "msg_signature does not match token, timestamp, nonce and Encrypt");
        }
        Instant now = clock.instant();
        checkWindow(timestamp, now);
        byte[] plaintext;
        try {
            plaintext = crypto.decrypt(envelope.encrypt());
        } catch (WechatCrypto.Undecryptable undecryptable) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, "Encrypt", undecryptable.getMessage());
        }
        WechatPush message = read(() -> WechatJson.push(plaintext));
        String subject = message.afterSaleId() != null ? message.afterSaleId() : message.subjectId();
        synchronized (locks[Math.floorMod(subject.hashCode(), LOCKS)]) {
            Compared first = new Compared();
            if (inbound.storeOnce(platform, message.messageKey(), message.event(), subject,
                    () -> normalize(message, now, first), now).fresh()) {
                first.remember();
                return "success";
            }
            // The key was seen: a replay, a redelivery, or another change of the subject in the same second with
            // the same status (the key cannot tell them apart). Comparing again tells: only a real change has events,
            // stored under the key and the state it led to.
            Compared again = new Compared();
            Normalized events = normalize(message, now, again);
            if (!events.events().isEmpty() && inbound.storeOnce(platform, message.messageKey() + "#" + again.digest(),
                    message.event(), subject, () -> events, now).fresh()) {
                again.remember();
            }
        }
        return "success";
    }

    /** One comparison's outcome: its events, and the write of what is seen now, run once they are stored. */
    private static final class Compared {

        private Runnable save;
        private String digest = "";

        /** The state the push led to, and its digest: the ID of a second change under a seen key. */
        void seen(Object seenNow, Runnable write) {
            this.save = write;
            try {
                byte[] sha1 = MessageDigest.getInstance("SHA-1")
                        .digest(seenNow.toString().getBytes(StandardCharsets.UTF_8));
                this.digest = HexFormat.of().formatHex(sha1, 0, 10);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String digest() {
            return digest;
        }

        void remember() {
            if (save != null) {
                save.run();
            }
        }
    }

    /** The events of the message; {@code remember} gets the write of what is seen now, run once they are stored. */
    private Normalized normalize(WechatPush message, Instant now, Compared remember) {
        try {
            return switch (message.event()) {
                case WechatPush.AFTERSALE_UPDATE, WechatPush.COMPLAINT_UPDATE -> afterSale(message, remember);
                case WechatPush.ORDER_COMPLAINT_UPDATE -> orderComplaint(message, now, remember);
                default -> Normalized.dropped("event " + message.event() + " is not one the SOP uses");
            };
        } catch (PlatformRefusal refused) {
            return Normalized.dropped("the platform refused the read for " + message.subjectId() + ": "
                    + refused.getMessage());
        } catch (MalformedPayload unreadable) {
            return Normalized.dropped("the platform's answer for " + message.subjectId() + " does not read: "
                    + unreadable.getMessage());
        }
    }

    private Normalized afterSale(WechatPush message, Compared remember) {
        String id = message.afterSaleId();
        WechatSeen before = seen.afterSale(id).orElse(null);
        WechatAfterSale a = wechat.afterSale(id);
        Instant readAt = clock.instant();
        WechatDispute dispute = a.disputed() ? wechat.dispute(a.complaintId()) : null;
        boolean isNew = before == null && WechatStatuses.MERCHANT_PROCESSING.equals(a.status());
        WechatOrder order = isNew ? orderOf(a) : null;
        var view = new WechatAfterSaleView(a, wechat.messages(id), dispute, order, readAt);
        WechatAfterSaleNormalizer.Result result = afterSales.normalize(before, view, message.shopId());
        if (result.seen() != null && result.seen() != before) {
            remember.seen(result.seen(), () -> seen.save(result.seen()));
        }
        return result.normalized();
    }

    /** The order's price and pieces; when the platform does not know the order, the request's own amounts do. */
    private WechatOrder orderOf(WechatAfterSale a) {
        try {
            return wechat.order(a.orderId());
        } catch (PlatformRefusal unknownOrder) {
            return null;
        }
    }

    private Normalized orderComplaint(WechatPush message, Instant now, Compared remember) {
        WechatComplaintSeen before = seen.complaint(message.subjectId()).orElse(null);
        var complaint = wechat.orderComplaint(message.subjectId());
        WechatComplaintNormalizer.Result result = complaints.normalize(before, complaint, message.shopId(),
                clock.instant());
        if (result.seen() != null && result.seen() != before) {
            remember.seen(result.seen(), () -> seen.save(result.seen()));
        }
        return result.normalized();
    }

    private void checkWindow(String timestamp, Instant now) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, "timestamp", "timestamp is not epoch seconds");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(window) > 0) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, "timestamp",
                    "timestamp is outside the accepted window of " + window);
        }
    }

    private static String required(RawPush push, String name) {
        String value = push.query().get(name);
        if (value == null || value.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Kind.UNAUTHORIZED, name, "query parameter " + name + " is missing");
        }
        return value;
    }

    private static <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (MalformedPayload malformed) {
            throw new WebhookRejected(WebhookRejected.Kind.BAD_REQUEST, malformed.field(), malformed.getMessage());
        }
    }
}
