package com.refundpilot.platform.application.webhook;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.wechat.WechatClient;
import com.refundpilot.platform.application.WebhookRejected;
import com.refundpilot.platform.application.port.PlatformRefusal;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.domain.wechat.SeenEntry;
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
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * WeChat Channels shop pushes (docs/platform-wire-formats/wechat.md §1, §4): size; the envelope; {@code msg_signature}
 * over token, timestamp, nonce and the ciphertext, in constant time; the signed timestamp's window; decryption with
 * our EncodingAESKey and app ID; the event read field by field. Each message fetches the after-sale — or the order
 * complaint — and compares it with what was seen before: the events are the difference, stored once with the message
 * (by its natural key). What is seen now replaces what was seen with a conditional write first (compare-and-set on
 * the seen document's version; see {@link SeenClaims}): of several adapter instances comparing one subject at once —
 * the same push delivered twice, or a push and the reconciliation sweep — exactly one tells a change; one that loses
 * the race reads again and compares again. A message whose key was seen is compared once more, so a second change
 * hidden behind the same key is not lost.
 */
@Service
public class WechatChannelsWebhook implements PlatformWebhook {

    /** Each lost race means another instance told a change meanwhile; this many in a row is no longer a race. */
    static final int MAX_COMPARISONS = 8;
    /** How long a comparison waits for another message's claim to be stored (one write after its claim). */
    static final Duration PENDING_PAUSE = Duration.ofMillis(50);

    private final WechatCrypto crypto;
    private final WechatClient wechat;
    private final WechatSeenBook seen;
    private final SeenClaims claims;
    private final WechatAfterSaleNormalizer afterSales;
    private final WechatComplaintNormalizer complaints;
    private final InboundMessages inbound;
    private final Clock clock;
    private final Duration window;
    private final int maxBytes;

    public WechatChannelsWebhook(WechatChannelsProperties properties, WechatClient wechat, WechatSeenBook seen,
            SeenClaims claims, InboundMessages inbound, Clock clock) {
        this.crypto = new WechatCrypto(properties.token(), properties.encodingAesKey(), properties.appId());
        this.wechat = wechat;
        this.seen = seen;
        this.claims = claims;
        this.afterSales = new WechatAfterSaleNormalizer(properties.defaultDeadline(), properties.deadlineTolerance(),
                properties.announced());
        this.complaints = new WechatComplaintNormalizer(properties.defaultDeadline(), properties.deadlineTolerance());
        this.inbound = inbound;
        this.clock = clock;
        this.window = properties.webhookWindow();
        this.maxBytes = properties.maxWebhookBytes();
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
        tell(message, message.messageKey(), now);
        return "success";
    }

    /**
     * An after-sale the reconciliation sweep listed: the same fetch-and-compare a push takes, under the natural key
     * {@code sweep:afterSaleId} — a second listing compares again and tells only a change since. {@code shopId} is the
     * app's shop: the list (and the read) is the app's, and names no shop.
     */
    public PushOutcome acceptListed(String shopId, String afterSaleId) {
        WechatPush standIn = new WechatPush("gh_" + shopId, clock.instant().getEpochSecond(),
                WechatPush.AFTERSALE_UPDATE, afterSaleId, afterSaleId, null, null);
        return tell(standIn, "sweep:" + afterSaleId, clock.instant());
    }

    private PushOutcome tell(WechatPush message, String key, Instant now) {
        String subject = message.afterSaleId() != null ? message.afterSaleId() : message.subjectId();
        PushOutcome first = inbound.storeOnce(Platform.WECHAT_CHANNELS, key, message.event(), subject,
                () -> compare(message, key, false, now).normalized(), now);
        if (first != PushOutcome.REDELIVERY) {
            return first;
        }
        // The key was seen: a replay, a redelivery, or another change of the subject in the same second with the same
        // status (the key cannot tell them apart). Comparing again tells: only a real change has events, stored under
        // the key and the state it led to.
        Told again = compare(message, key, true, now);
        if (again.key() == null) {
            return PushOutcome.REDELIVERY;
        }
        return inbound.storeOnce(Platform.WECHAT_CHANNELS, again.key(), message.event(), subject, again::normalized,
                now);
    }

    /** A comparison's events, and the key they are stored under (null: nothing to store under a derived key). */
    private record Told(Normalized normalized, String key) {
    }

    /** One subject's fetch-and-compare: what was seen, the fresh read's outcome, the conditional replacement. */
    private interface Subject<T> {

        SeenEntry<T> load();

        Compared<T> compare(T baseline);

        boolean replace(T next, T baseline, SeenEntry<T> from, String toldBy, Instant at);
    }

    private record Compared<T>(Normalized normalized, T seen) {
    }

    /**
     * Compares until this comparison's replacement of what was seen wins (or nothing is to be replaced). With
     * {@code derived} the key is {@code key#digest} of the state the change led to, and only a change with events is
     * told. A refusal or an unreadable answer is a drop with its reason, nothing replaced.
     */
    private Told compare(WechatPush message, String key, boolean derived, Instant now) {
        try {
            return switch (message.event()) {
                case WechatPush.AFTERSALE_UPDATE, WechatPush.COMPLAINT_UPDATE ->
                        claim(afterSale(message), key, derived, now);
                case WechatPush.ORDER_COMPLAINT_UPDATE -> claim(orderComplaint(message), key, derived, now);
                default -> new Told(Normalized.dropped("event " + message.event() + " is not one the SOP uses"),
                        derived ? null : key);
            };
        } catch (PlatformRefusal refused) {
            return new Told(Normalized.dropped("the platform refused the read for " + message.subjectId() + ": "
                    + refused.getMessage()), derived ? null : key);
        } catch (MalformedPayload unreadable) {
            return new Told(Normalized.dropped("the platform's answer for " + message.subjectId() + " does not read: "
                    + unreadable.getMessage()), derived ? null : key);
        }
    }

    private <T> Told claim(Subject<T> subject, String key, boolean derived, Instant now) {
        String own = InboundMessages.documentId(Platform.WECHAT_CHANNELS, key);
        String pending = null;
        for (int attempt = 0; attempt < MAX_COMPARISONS; attempt++) {
            SeenEntry<T> entry = subject.load();
            SeenClaims.Start<T> start = claims.start(entry, own);
            T baseline = start.state();
            Compared<T> compared = subject.compare(baseline);
            boolean noEvents = compared.normalized().events().isEmpty();
            if (compared.seen() == null || (noEvents && Objects.equals(compared.seen(), baseline))) {
                return new Told(compared.normalized(), derived ? null : key); // nothing new to replace
            }
            if (start.pendingBy() != null) {
                if (noEvents) {
                    return new Told(compared.normalized(), derived ? null : key); // nothing beyond what is being told
                }
                // A change beyond one still being told: its teller stores it within moments; compare again then.
                pending = start.pendingBy();
                LockSupport.parkNanos(PENDING_PAUSE.toNanos());
                continue;
            }
            if (derived && noEvents) {
                return new Told(compared.normalized(), null);
            }
            String messageKey = derived ? key + "#" + digest(compared.seen()) : key;
            if (subject.replace(compared.seen(), baseline, entry,
                    InboundMessages.documentId(Platform.WECHAT_CHANNELS, messageKey), now)) {
                return new Told(compared.normalized(), messageKey);
            }
            // another instance replaced what was seen meanwhile: its change is told by it; compare with it
        }
        // Answered as not accepted: the push is redelivered (the sweep lists it again) once the claim is settled.
        throw new IllegalStateException(pending != null
                ? key + ": a change is still being told by " + pending + "; compared again on redelivery"
                : "what was seen of " + key + " kept changing during " + MAX_COMPARISONS + " comparisons");
    }

    private Subject<WechatSeen> afterSale(WechatPush message) {
        String id = message.afterSaleId();
        return new Subject<>() {
            @Override
            public SeenEntry<WechatSeen> load() {
                return seen.afterSaleEntry(id);
            }

            @Override
            public Compared<WechatSeen> compare(WechatSeen before) {
                WechatAfterSale a = wechat.afterSale(id);
                Instant readAt = clock.instant();
                WechatDispute dispute = a.disputed() ? wechat.dispute(a.complaintId()) : null;
                boolean isNew = before == null && WechatStatuses.MERCHANT_PROCESSING.equals(a.status());
                WechatOrder order = isNew ? orderOf(a) : null;
                var view = new WechatAfterSaleView(a, wechat.messages(id), dispute, order, readAt);
                WechatAfterSaleNormalizer.Result result = afterSales.normalize(before, view, message.shopId());
                return new Compared<>(result.normalized(), result.seen());
            }

            @Override
            public boolean replace(WechatSeen next, WechatSeen baseline, SeenEntry<WechatSeen> from, String toldBy,
                    Instant at) {
                return seen.replace(next, baseline, from, toldBy, at);
            }
        };
    }

    /** The order's price and pieces; when the platform does not know the order, the request's own amounts do. */
    private WechatOrder orderOf(WechatAfterSale a) {
        try {
            return wechat.order(a.orderId());
        } catch (PlatformRefusal unknownOrder) {
            return null;
        }
    }

    private Subject<WechatComplaintSeen> orderComplaint(WechatPush message) {
        String id = message.subjectId();
        return new Subject<>() {
            @Override
            public SeenEntry<WechatComplaintSeen> load() {
                return seen.complaintEntry(id);
            }

            @Override
            public Compared<WechatComplaintSeen> compare(WechatComplaintSeen before) {
                var complaint = wechat.orderComplaint(id);
                WechatComplaintNormalizer.Result result = complaints.normalize(before, complaint, message.shopId(),
                        clock.instant());
                return new Compared<>(result.normalized(), result.seen());
            }

            @Override
            public boolean replace(WechatComplaintSeen next, WechatComplaintSeen baseline,
                    SeenEntry<WechatComplaintSeen> from, String toldBy, Instant at) {
                return seen.replace(next, baseline, from, toldBy, at);
            }
        };
    }

    /** The state a change led to, shortened: the ID of a second change under a seen key. */
    private static String digest(Object seenNow) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(seenNow.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
