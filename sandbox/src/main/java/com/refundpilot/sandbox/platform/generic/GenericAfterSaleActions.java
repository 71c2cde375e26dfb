package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.AgreeRequest;
import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.NegotiateRequest;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.PlatformPusher;
import com.refundpilot.sandbox.platform.taobao.RefuseRequest;
import com.refundpilot.sandbox.platform.taobao.ReturnAgreement;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The merchant's decisions on the generic wire, each the same model call its TOP method makes (so the oracle's
 * actions, stats and counters see them alike), with the same pushes (after_sale.refunded after an agree,
 * deadline_changed after an extension). A body that does not read is refused before anything happens.
 */
@Service
class GenericAfterSaleActions {

    private final GenericAfterSaleReads reads;
    private final TaobaoRefunds refunds;
    private final IdempotentAnswers answers;
    private final PlatformPusher pusher;
    private final TaobaoMetrics metrics;
    private final TaobaoProperties properties;
    private final Clock clock;

    GenericAfterSaleActions(GenericAfterSaleReads reads, TaobaoRefunds refunds, IdempotentAnswers answers,
            PlatformPusher pusher, TaobaoMetrics metrics, TaobaoProperties properties, Clock clock) {
        this.reads = reads;
        this.refunds = refunds;
        this.answers = answers;
        this.pusher = pusher;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** taobao.rp.refunds.agree's model call; counted as an agree call received, taking effect or not. */
    Map<String, Object> agree(String id, GenericBody body) {
        String key = body.idempotencyKey();
        long version = body.requiredLong("version");
        long amountFen = body.requiredLong("amountFen");
        metrics.agreeCalled(SandboxPlatform.GENERIC);
        return act(id, key, refund -> refund.agree(new AgreeRequest(id, amountFen, version,
                refund.snapshot().terms().phase()), clock.instant()), TmcMessage.REFUND_SUCCESS);
    }

    Map<String, Object> refuse(String id, GenericBody body) {
        String key = body.idempotencyKey();
        long version = body.requiredLong("version");
        String reason = body.requiredText("reason");
        String reasonCode = body.optionalText("reasonCode");
        List<String> proofs = body.texts("proofs");
        return act(id, key, refund -> refund.refuse(new RefuseRequest(id, reason, reasonCode, proofs, version),
                clock.instant()), null);
    }

    Map<String, Object> negotiate(String id, GenericBody body) {
        String key = body.idempotencyKey();
        long version = body.requiredLong("version");
        NegotiationKind kind = body.requiredEnum("kind", NegotiationKind.class);
        Long amountFen = kind == NegotiationKind.PARTIAL_REFUND ? body.requiredLong("amountFen") : null;
        String message = body.requiredText("message");
        return act(id, key, refund -> refund.negotiate(new NegotiateRequest(id, kind, amountFen, message, version),
                refunds.nextNegotiationId(), refunds.nextMessageId(), clock.instant()), null);
    }

    /** The buyer then has the platform's buyer-return deadline to ship to the address; the seller pays no postage. */
    Map<String, Object> agreeReturn(String id, GenericBody body) {
        String key = body.idempotencyKey();
        long version = body.requiredLong("version");
        GenericBody address = body.requiredObject("address");
        String province = address.requiredText("province").trim();
        String city = address.requiredText("city").trim();
        String detail = Objects.requireNonNullElse(address.optionalText("detail"), "");
        String name = address.optionalText("name");
        String phone = address.optionalText("phone");
        return act(id, key, refund -> {
            Instant now = clock.instant();
            ReturnAgreement agreement = new ReturnAgreement(province, city, detail, false, version, now, name, phone);
            return refund.agreeReturn(agreement, now.plus(properties.buyerReturnDeadline()), now);
        }, null);
    }

    Map<String, Object> extendReceipt(String id, GenericBody body) {
        String key = body.idempotencyKey();
        long version = body.requiredLong("version");
        Duration extension = body.requiredDuration("extension");
        return act(id, key, refund -> refund.extendReceipt(extension, version, clock.instant()),
                TmcMessage.TIMEOUT_CHANGED);
    }

    /**
     * The shipment of a refund-only request was cancelled in the warehouse (ADR 0011): {@code cancelledAt} (ISO
     * instant) and {@code refundFen} (1..asked), no version (it states a fact, whatever the request's terms are now).
     */
    Map<String, Object> shipmentCancelled(String id, GenericBody body) {
        String key = body.idempotencyKey();
        String at = body.requiredText("cancelledAt");
        Instant cancelledAt;
        try {
            cancelledAt = Instant.parse(at.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw body.invalid("cancelledAt", "an ISO-8601 instant, like 2026-12-01T08:00:00Z: '" + at + "'");
        }
        long refundFen = body.requiredLong("refundFen");
        if (refundFen < 1) {
            throw body.invalid("refundFen", "at least 1 fen, was " + refundFen);
        }
        return act(id, key, refund -> refund.reportShipmentCancelled(refundFen, cancelledAt, clock.instant()), null);
    }

    Map<String, Object> consignExchange(String id, GenericBody body) {
        String key = body.idempotencyKey();
        long version = body.requiredLong("version");
        String carrier = body.optionalText("carrier");
        String trackingNo = body.requiredText("trackingNo").trim();
        return act(id, key, refund -> refund.consignExchange(carrier, trackingNo, version, clock.instant()), null);
    }

    Map<String, Object> uploadEvidence(String id, GenericBody body) {
        String key = body.idempotencyKey();
        List<EvidenceUpload.Item> items = body.texts("evidence").stream().map(GenericEvidence::item).toList();
        if (items.isEmpty()) {
            throw GenericApiException.invalidField("evidence", "needs at least one reference");
        }
        String note = Objects.requireNonNullElse(body.optionalText("note"), "");
        return act(id, key, refund -> {
            Instant now = clock.instant();
            return refund.uploadEvidence(new EvidenceUpload(refunds.nextEvidenceId(), items, note, now), now);
        }, null);
    }

    /** taobao.refund.message.add's model call: the merchant writes in the after-sale chat. */
    Map<String, Object> addMessage(String id, GenericBody body) {
        String key = body.idempotencyKey();
        String text = body.requiredText("text");
        return act(id, key, refund -> {
            refund.addMessage(refunds.nextMessageId(), text, clock.instant());
            return new CallResult(id, true, null, "");
        }, null);
    }

    /**
     * Runs the decision once per key: its refusal is the generic error, its success the after-sale as it stands
     * then, pushed as {@code pushTopic}'s change (when there is one) from the same snapshot.
     */
    private Map<String, Object> act(String id, String key, Function<TaobaoRefund, CallResult> decision,
            String pushTopic) {
        TaobaoRefund refund = reads.refund(id);
        return answers.once("after-sale:" + id, key, () -> {
            CallResult result = decision.apply(refund);
            if (!result.succ()) {
                throw GenericRefusals.of(result);
            }
            RefundSnapshot after = refund.snapshot();
            if (pushTopic != null) {
                pusher.create(pushTopic, after).deliverLater();
            }
            return GenericJson.afterSale(after);
        });
    }
}
