package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.BuyerMessage;
import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.NegotiateRequest;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The after-sale calls besides {@code operate}: the detail read, the receipt extension and evidence (real calls), and
 * the sandbox's assumed 协商 and chat calls. Each action is the model call its TOP method makes.
 */
@Service
class DouyinAfterSaleApi {

    private final DouyinBook book;
    private final DouyinVersions versions;
    private final DouyinPushes pushes;
    private final DouyinProperties properties;
    private final TaobaoRefunds refunds;
    private final Clock clock;

    DouyinAfterSaleApi(DouyinBook book, DouyinVersions versions, DouyinPushes pushes, DouyinProperties properties,
            TaobaoRefunds refunds, Clock clock) {
        this.book = book;
        this.versions = versions;
        this.pushes = pushes;
        this.properties = properties;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** {@code afterSale/Detail}. */
    Map<String, Object> detail(DouyinCall call) {
        RefundSnapshot refund = book.afterSale(call.shopId(), call.params().requiredId("after_sale_id")).snapshot();
        return DouyinAfterSaleJson.detail(refund, versions.updateTime(refund),
                call.params().optionalBoolean("need_operation_record"));
    }

    /**
     * {@code afterSale/timeExtend}: only the after-sale's ID — the platform decides the length ({@code
     * receipt-extension}) and checks no version; once, while the return waits for the merchant's receipt.
     */
    Map<String, Object> timeExtend(DouyinCall call) {
        TaobaoRefund refund = book.afterSale(call.shopId(), call.params().requiredId("aftersale_id"));
        CallResult result = refund.extendReceipt(properties.receiptExtension(), refund.snapshot().version(),
                clock.instant());
        succeededOrThrow(result);
        RefundSnapshot after = refund.snapshot();
        pushes.echoThenChange(null, TmcMessage.TIMEOUT_CHANGED, after);
        return Map.of("status_deadline", DouyinAfterSales.statusDeadline(after));
    }

    /**
     * {@code afterSale/CancelSendGoodsSuccess} (售后小助手 取消发货): {@code aftersale_id} and {@code op_time} (epoch
     * seconds), nothing else; the answer has no data. Once per after-sale: a repeat is refused
     * {@code shipment-cancel-reported} (a sandbox reason). The sandbox plays no 小助手 automatic refund on it.
     */
    Map<String, Object> cancelSendGoodsSuccess(DouyinCall call) {
        TaobaoRefund refund = book.afterSale(call.shopId(), call.params().requiredId("aftersale_id"));
        long opTime = call.params().requiredLong("op_time");
        if (opTime < 0) {
            throw DouyinApiException.invalid("op_time", "epoch seconds");
        }
        succeededOrThrow(refund.reportShipmentCancelled(0, Instant.ofEpochSecond(opTime), clock.instant()));
        return Map.of();
    }

    /** {@code afterSale/submitEvidence}: up to 4 references and a comment. */
    Map<String, Object> submitEvidence(DouyinCall call) {
        TaobaoRefund refund = book.afterSale(call.shopId(), call.params().requiredId("aftersale_id"));
        var items = DouyinEvidence.items(call.params().texts("evidence"));
        String comment = Objects.requireNonNullElse(call.params().optionalText("comment"), "");
        Instant now = clock.instant();
        EvidenceUpload upload = new EvidenceUpload(refunds.nextEvidenceId(), items, comment, now);
        succeededOrThrow(refund.uploadEvidence(upload, now));
        return Map.of("evidence_id", Long.toString(upload.id()));
    }

    /** Sandbox assumption {@code afterSale/negotiate}: a proposal at {@code update_time}; the deadline keeps running. */
    Map<String, Object> negotiate(DouyinCall call) {
        DouyinParams params = call.params();
        TaobaoRefund refund = book.afterSale(call.shopId(), params.requiredId("aftersale_id"));
        long updateTime = params.requiredLong("update_time");
        long code = params.requiredLong("negotiate_type");
        NegotiationKind kind = DouyinCodes.negotiationKind(code)
                .orElseThrow(() -> DouyinApiException.invalid("negotiate_type", "1..5, was " + code));
        Long amountFen = kind == NegotiationKind.PARTIAL_REFUND ? params.requiredLong("refund_amount") : null;
        String message = params.requiredText("message");
        long version = versions.version(refund.refundId(), updateTime).orElse(-1L);
        long negotiationId = refunds.nextNegotiationId();
        succeededOrThrow(refund.negotiate(new NegotiateRequest(refund.refundId(), kind, amountFen, message, version),
                negotiationId, refunds.nextMessageId(), clock.instant()));
        return Map.of("negotiation_id", Long.toString(negotiationId));
    }

    /** Sandbox assumption {@code afterSale/negotiationList}: every proposal, oldest first. */
    Map<String, Object> negotiationList(DouyinCall call) {
        RefundSnapshot refund = book.afterSale(call.shopId(), call.params().requiredId("aftersale_id")).snapshot();
        String id = refund.terms().refundId();
        return Map.of("negotiations", refund.negotiations().stream().map(n -> DouyinAfterSaleJson.negotiation(n,
                versions.updateTimeOf(id, n.refundVersion()))).toList());
    }

    /** Sandbox assumption {@code afterSale/messageList}: the whole after-sale chat, oldest first. */
    Map<String, Object> messageList(DouyinCall call) {
        RefundSnapshot refund = book.afterSale(call.shopId(), call.params().requiredId("aftersale_id")).snapshot();
        return Map.of("messages", refund.chat().stream().map(DouyinAfterSaleJson::message).toList());
    }

    /** Sandbox assumption {@code afterSale/messageAdd}: the merchant writes to the buyer. */
    Map<String, Object> messageAdd(DouyinCall call) {
        TaobaoRefund refund = book.afterSale(call.shopId(), call.params().requiredId("aftersale_id"));
        BuyerMessage message = refund.addMessage(refunds.nextMessageId(), call.params().requiredText("content"),
                clock.instant());
        return Map.of("message_id", Long.toString(message.id()));
    }

    private static void succeededOrThrow(CallResult result) {
        if (!result.succ()) {
            throw DouyinRefusals.of(result);
        }
    }
}
