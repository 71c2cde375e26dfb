package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.AgreeRequest;
import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.NegotiateRequest;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.PlatformPusher;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefuseRequest;
import com.refundpilot.sandbox.platform.taobao.ReturnAgreement;
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
import org.springframework.stereotype.Service;

/**
 * The merchant's decisions on the WeChat wire, each the same model call its TOP method makes (so the oracle's
 * actions, stats and counters see them alike). WeChat sends no version: every call decides on the request as it
 * stands. Each status change is pushed back as {@code channels_ec_aftersale_update}, after the answer.
 */
@Service
class WechatAfterSaleActions {

    static final int AGREE_RETURN = 1;
    static final int AGREE_REFUND = 2;

    private final WechatGate gate;
    private final TaobaoRefunds refunds;
    private final WechatAddressBook addresses;
    private final PlatformPusher pusher;
    private final WechatPushDialect dialect;
    private final TaobaoMetrics metrics;
    private final TaobaoProperties taobao;
    private final Clock clock;

    WechatAfterSaleActions(WechatGate gate, TaobaoRefunds refunds, WechatAddressBook addresses, PlatformPusher pusher,
            WechatPushDialect dialect, TaobaoMetrics metrics, TaobaoProperties taobao, Clock clock) {
        this.gate = gate;
        this.refunds = refunds;
        this.addresses = addresses;
        this.pusher = pusher;
        this.dialect = dialect;
        this.metrics = metrics;
        this.taobao = taobao;
        this.clock = clock;
    }

    /**
     * acceptapply: {@code accept_type} 1 agrees the return (with an {@code address_id}), 2 refunds the application's
     * own amount (none is sent). Without it the status and type decide, as WeChat does.
     */
    void accept(WechatBody body) {
        String id = body.requiredText("after_sale_order_id");
        Long given = body.optionalLong("accept_type");
        TaobaoRefund refund = gate.refund(id);
        RefundSnapshot now = refund.snapshot();
        int acceptType = given != null ? given.intValue()
                : now.status() == RefundStatus.WAIT_SELLER_AGREE && now.terms().type().goodsReturn() ? AGREE_RETURN
                        : AGREE_REFUND;
        if (acceptType == AGREE_RETURN) {
            agreeReturn(refund, body.optionalText("address_id"));
        } else if (acceptType == AGREE_REFUND) {
            agreeRefund(refund);
        } else {
            throw WechatApiException.param("accept_type", "must be 1 or 2, was " + acceptType);
        }
    }

    private void agreeRefund(TaobaoRefund refund) {
        RefundSnapshot now = refund.snapshot();
        metrics.agreeCalled(SandboxPlatform.WECHAT_CHANNELS);
        if (WechatStatuses.type(now).equals("EXCHANGE") && !now.status().finished()) {
            throw new WechatApiException(WechatApiException.NOT_SUPPORTED,
                    "an exchange is shipped (acceptexchangereship), not refunded");
        }
        succeed(refund, refund.agree(new AgreeRequest(refund.refundId(), now.terms().amountFen(), now.version(),
                now.terms().phase()), clock.instant()));
        pusher.create(TmcMessage.REFUND_SUCCESS, refund.snapshot()).deliverLater();
    }

    private void agreeReturn(TaobaoRefund refund, String addressId) {
        if (!refund.snapshot().terms().type().goodsReturn()) {
            throw new WechatApiException(WechatApiException.NOT_SUPPORTED, "a " + refund.snapshot().terms().type()
                    + " request has no goods to return: accept_type 1 does not apply");
        }
        if (addressId == null || addressId.isBlank()) {
            throw new WechatApiException(WechatApiException.ADDRESS_MISSING, "address_id is required to agree a return");
        }
        WechatAddressBook.Address address = addresses.find(addressId.trim()).orElseThrow(() ->
                new WechatApiException(WechatApiException.ADDRESS_WRONG, "address_id " + addressId + " is unknown"));
        Instant at = clock.instant();
        RefundSnapshot now = refund.snapshot();
        ReturnAgreement agreement = new ReturnAgreement(address.province(), address.city(),
                String.join(" ", Objects.requireNonNullElse(address.county(), ""),
                        Objects.requireNonNullElse(address.detail(), "")).trim(), false, now.version(), at,
                address.name(), address.phone());
        succeed(refund, refund.agreeReturn(agreement, at.plus(taobao.buyerReturnDeadline()), at));
        dialect.echoLater(refund.snapshot());
    }

    /** rejectapply; the evidence comes as {@code reject_certificates} (a sandbox extension, as on rejectexchangereship). */
    void reject(WechatBody body) {
        String id = body.requiredText("after_sale_order_id");
        int reasonType = body.requiredInt("reject_reason_type");
        String reason = Objects.requireNonNullElse(body.optionalText("reject_reason"), "商家拒绝");
        List<String> certificates = body.texts("reject_certificates");
        TaobaoRefund refund = gate.refund(id);
        succeed(refund, refund.refuse(new RefuseRequest(id, reason, Integer.toString(reasonType), certificates,
                refund.snapshot().version()), clock.instant()));
        dialect.echoLater(refund.snapshot());
    }

    /** merchantupdateaftersale: 1 invite to cancel, 2 invite to verify and add evidence, 3 modify amount or type. */
    void negotiate(WechatBody body) {
        String id = body.requiredText("after_sale_order_id");
        int updateType = body.requiredInt("merchant_update_type");
        int type = body.requiredInt("type");
        long amount = body.requiredLong("amount");
        String desc = body.requiredText("merchant_update_desc");
        body.requiredInt("update_reason_type");
        TaobaoRefund refund = gate.refund(id);
        RefundSnapshot now = refund.snapshot();
        NegotiationKind kind = kindOf(updateType, type, amount, now);
        Long partial = kind == NegotiationKind.PARTIAL_REFUND ? amount : null;
        succeed(refund, refund.negotiate(new NegotiateRequest(id, kind, partial, desc, now.version()),
                refunds.nextNegotiationId(), refunds.nextMessageId(), clock.instant()));
        dialect.echoLater(refund.snapshot());
    }

    private static NegotiationKind kindOf(int updateType, int type, long amount, RefundSnapshot now) {
        int own = WechatStatuses.typeNumber(now.terms().type());
        return switch (updateType) {
            case 1 -> NegotiationKind.ASK_TO_CANCEL;
            case 2 -> NegotiationKind.ASK_EVIDENCE;
            case 3 -> {
                if (amount < now.terms().amountFen()) {
                    yield NegotiationKind.PARTIAL_REFUND; // an exchange's partial refund turns it into a return
                }
                if (type == 2 && own == 1) {
                    yield NegotiationKind.CHANGE_TO_RETURN;
                }
                throw WechatApiException.param("amount", "the modification changes nothing the sandbox plays "
                        + "(a lower amount, or type 2 for a refund-only request)");
            }
            default -> throw WechatApiException.param("merchant_update_type", "must be 1, 2 or 3, was " + updateType);
        };
    }

    /** acceptexchangereship: the return is back, the replacement goes out. */
    void shipExchange(WechatBody body) {
        String id = body.requiredText("after_sale_order_id");
        String waybill = body.requiredText("waybill_id");
        String deliveryId = body.requiredText("delivery_id");
        TaobaoRefund refund = gate.refund(id);
        succeed(refund, refund.consignExchange(deliveryId, waybill, refund.snapshot().version(), clock.instant()));
        dialect.echoLater(refund.snapshot());
    }

    /** addcomplaintproof: evidence for the 纠纷单, until its proof deadline. */
    void addProof(WechatBody body) {
        String complaintId = body.requiredText("complaint_id");
        String content = body.requiredText("content");
        List<EvidenceUpload.Item> items = body.texts("media_id_list").stream().map(WechatAfterSaleActions::item)
                .toList();
        if (items.isEmpty()) {
            throw WechatApiException.param("media_id_list", "needs at least one media id");
        }
        TaobaoRefund refund = gate.disputed(complaintId);
        Instant at = clock.instant();
        succeed(refund, refund.uploadEvidence(new EvidenceUpload(refunds.nextEvidenceId(), items, content, at), at));
    }

    /** Sandbox assumption: the merchant writes in the after-sale's chat. */
    void sendMessage(WechatBody body) {
        String id = body.requiredText("after_sale_order_id");
        String content = body.requiredText("content");
        gate.refund(id).addMessage(refunds.nextMessageId(), content, clock.instant());
    }

    /** Sandbox assumption: 延长收货时间 by whole days, once, while the return waits for receipt. */
    void extendReceipt(WechatBody body) {
        String id = body.requiredText("after_sale_order_id");
        long days = body.requiredLong("extend_days");
        if (days < 1) {
            throw WechatApiException.param("extend_days", "must be at least 1, was " + days);
        }
        TaobaoRefund refund = gate.refund(id);
        succeed(refund, refund.extendReceipt(Duration.ofDays(days), refund.snapshot().version(), clock.instant()));
        pusher.create(TmcMessage.TIMEOUT_CHANGED, refund.snapshot()).deliverLater();
    }

    /** A media id written {@code KIND:reference} keeps its kind; any other is a plain reference. */
    static EvidenceUpload.Item item(String mediaId) {
        int colon = mediaId.indexOf(':');
        if (colon > 0 && mediaId.substring(0, colon).matches("[A-Z][A-Z_]*") && colon < mediaId.length() - 1) {
            return new EvidenceUpload.Item(mediaId.substring(0, colon), mediaId.substring(colon + 1));
        }
        return new EvidenceUpload.Item("MEDIA", mediaId);
    }

    private static void succeed(TaobaoRefund refund, CallResult result) {
        if (!result.succ()) {
            throw WechatRefusals.of(result);
        }
    }

    static Map<String, Object> ok() {
        return Map.of("errcode", 0, "errmsg", "ok");
    }

    static Map<String, Object> ok(String key, Object value) {
        return Map.of("errcode", 0, "errmsg", "ok", key, value);
    }
}
