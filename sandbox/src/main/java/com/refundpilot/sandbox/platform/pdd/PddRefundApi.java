package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.AgreeRequest;
import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.NegotiateRequest;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.PlatformPusher;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Pinduoduo's after-sale methods: the reads and the merchant's decisions, each decision the same model call its TOP
 * method makes (so the oracle's actions, stats and counters see both wires alike). PDD's calls carry no version: the
 * model is given the current one. {@code mall} is the caller's access token: another mall's, another order's or
 * another platform's after-sale does not exist for it.
 */
@Service
class PddRefundApi {

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final TaobaoMetrics metrics;
    private final TaobaoProperties properties;
    private final Clock clock;

    PddRefundApi(TaobaoRefunds refunds, PlatformPusher pusher, TaobaoMetrics metrics, TaobaoProperties properties,
            Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** pdd.refund.information.get */
    Map<String, Object> information(String mall, PddParams params) {
        return Map.of("refund_information_get_response", PddObjects.detail(refund(mall, params).snapshot()));
    }

    /** pdd.refund.message.list (sandbox): the whole after-sale chat, oldest first. */
    Map<String, Object> messages(String mall, PddParams params) {
        List<Map<String, Object>> all = refund(mall, params).snapshot().chat().stream().map(PddObjects::message)
                .toList();
        return Map.of("refund_message_list_response", Map.of("messages", all));
    }

    /** pdd.refund.negotiation.get (sandbox): every negotiation, oldest first. */
    Map<String, Object> negotiations(String mall, PddParams params) {
        List<Map<String, Object>> all = refund(mall, params).snapshot().negotiations().stream()
                .map(PddObjects::negotiation).toList();
        return Map.of("refund_negotiation_get_response", Map.of("negotiations", all));
    }

    /** pdd.refund.agree: no amount on PDD's wire, so the platform refunds what the buyer asks now. */
    Map<String, Object> agree(String mall, PddParams params) {
        metrics.agreeCalled(SandboxPlatform.PINDUODUO);
        return act(mall, params, refund -> {
            RefundSnapshot now = refund.snapshot();
            return refund.agree(new AgreeRequest(refund.refundId(), now.terms().amountFen(), now.version(),
                    now.terms().phase()), clock.instant());
        }, TmcMessage.REFUND_SUCCESS);
    }

    /** pdd.refund.refuse (sandbox): 驳回 with proof images. */
    Map<String, Object> refuse(String mall, PddParams params) {
        String reason = params.required("refuse_reason");
        String code = params.optional("refuse_reason_code");
        List<String> proofs = params.list("proof_images");
        return act(mall, params, refund -> refund.refuse(new RefuseRequest(refund.refundId(), reason, code, proofs,
                refund.snapshot().version()), clock.instant()), null);
    }

    /** pdd.refund.negotiate (sandbox): 协商; refund_amount in fen for a partial refund. */
    Map<String, Object> negotiate(String mall, PddParams params) {
        NegotiationKind kind = params.requiredEnum("negotiate_type", NegotiationKind.class);
        Long amountFen = kind == NegotiationKind.PARTIAL_REFUND ? params.requiredLong("refund_amount") : null;
        String message = params.required("message");
        return act(mall, params, refund -> refund.negotiate(new NegotiateRequest(refund.refundId(), kind, amountFen,
                message, refund.snapshot().version()), refunds.nextNegotiationId(), refunds.nextMessageId(),
                clock.instant()), null);
    }

    /**
     * pdd.refund.returngoods.agree. PDD takes a {@code return_address_id} from the mall's address book; the sandbox
     * takes the address itself ({@code province}, {@code city}, {@code address}). PDD names no postage payer.
     */
    Map<String, Object> agreeReturn(String mall, PddParams params) {
        String province = params.required("province");
        String city = params.required("city");
        String address = Objects.requireNonNullElse(params.optional("address"), "");
        return act(mall, params, refund -> {
            Instant now = clock.instant();
            ReturnAgreement agreement = new ReturnAgreement(province, city, address, false,
                    refund.snapshot().version(), now);
            return refund.agreeReturn(agreement, now.plus(properties.buyerReturnDeadline()), now);
        }, null);
    }

    /** pdd.refund.returngoods.extend (sandbox): {@code extend_days} or {@code extend_duration}, exactly one. */
    Map<String, Object> extendReceipt(String mall, PddParams params) {
        Duration extension = extensionOf(params);
        return act(mall, params, refund -> refund.extendReceipt(extension, refund.snapshot().version(),
                clock.instant()), TmcMessage.TIMEOUT_CHANGED);
    }

    /** pdd.refund.exchange.shipping: the replacement of an exchange is on its way. */
    Map<String, Object> exchangeShipping(String mall, PddParams params) {
        String trackingNo = params.required("tracking_number");
        String carrier = params.optional("shipping_name");
        return act(mall, params, refund -> refund.consignExchange(carrier, trackingNo, refund.snapshot().version(),
                clock.instant()), null);
    }

    /**
     * pdd.rdc.pddgenius.sendgoods.cancel (PG 取消发货): {@code param} is a JSON object (refund_id, tid, status SUCCESS
     * or FAIL, fail_reason_code 1001/1002/1003 with FAIL: the ISV's own reason, refund_fee in fen, operate_time in
     * epoch ms, msg). Only SUCCESS is played (FAIL is refused 50017). The answer is
     * {@code rdc_pddgenius_sendgoods_cancel_response.result} with {@code result_data.refund_id} and, a sandbox
     * assumption, {@code success}, {@code error_code}, {@code error_msg}.
     */
    Map<String, Object> cancelSendGoods(String mall, PddParams params) {
        PddCancelGoods report = PddCancelGoods.read(params.required("param"));
        CallResult result;
        if (!"SUCCESS".equals(report.status())) {
            result = new CallResult(report.refundId(), false, "isv.status-not-played",
                    "the sandbox plays only status SUCCESS, was " + report.status());
        } else {
            result = refunds.find(report.refundId())
                    .filter(r -> r.platform() == SandboxPlatform.PINDUODUO && r.shopId().equals(mall)
                            && r.snapshot().terms().orderId().equals(report.tid()))
                    .map(r -> r.reportShipmentCancelled(report.refundFen(), report.operateTime(), clock.instant()))
                    .orElseGet(() -> new CallResult(report.refundId(), false, "isv.refund-not-exist", "售后单不存在"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", result.succ());
        answer.put("error_code", result.succ() ? 0 : PddRefusals.codeOf(result));
        answer.put("error_msg", result.succ() ? "" : result.message());
        if (result.succ()) {
            answer.put("result_data", Map.of("refund_id", report.refundId()));
        }
        return Map.of("rdc_pddgenius_sendgoods_cancel_response", Map.of("result", answer));
    }

    /** pdd.refund.evidence.upload (sandbox), for an after-sale. */
    Map<String, Object> uploadEvidence(String mall, PddParams params, List<EvidenceUpload.Item> items, String note) {
        return act(mall, params, refund -> {
            Instant now = clock.instant();
            return refund.uploadEvidence(new EvidenceUpload(refunds.nextEvidenceId(), items, note, now), now);
        }, null);
    }

    /** pdd.refund.evidence.get (sandbox), for an after-sale. */
    Map<String, Object> evidence(String mall, PddParams params) {
        List<Map<String, Object>> all = refund(mall, params).snapshot().evidence().stream()
                .map(PddObjects::evidence).toList();
        return Map.of("refund_evidence_get_response", Map.of("evidences", all));
    }

    /** pdd.refund.message.send (sandbox): the merchant writes in the after-sale chat. */
    Map<String, Object> sendMessage(String mall, PddParams params) {
        String content = params.required("content");
        return act(mall, params, refund -> {
            refund.addMessage(refunds.nextMessageId(), content, clock.instant());
            return new CallResult(refund.refundId(), true, null, "");
        }, null);
    }

    /** An after-sale of this mall on Pinduoduo, named by {@code after_sales_id} and its {@code order_sn}. */
    TaobaoRefund refund(String mall, PddParams params) {
        String id = params.required("after_sales_id");
        String orderSn = params.required("order_sn");
        return refunds.find(id).filter(r -> r.platform() == SandboxPlatform.PINDUODUO && r.shopId().equals(mall)
                && r.snapshot().terms().orderId().equals(orderSn))
                .orElseThrow(() -> PddApiException.notFound(PddRefusals.NOT_FOUND, "售后单", id));
    }

    private Map<String, Object> act(String mall, PddParams params, Function<TaobaoRefund, CallResult> decision,
            String pushTopic) {
        TaobaoRefund refund;
        try {
            refund = refund(mall, params);
        } catch (PddApiException unknown) {
            String id = params.required("after_sales_id");
            return PddAnswers.of(new CallResult(id, false, "isv.refund-not-exist", "售后单不存在"),
                    "after_sales_id", id, params.optional("order_sn"));
        }
        CallResult result = decision.apply(refund);
        RefundSnapshot after = refund.snapshot();
        if (result.succ() && pushTopic != null) {
            pusher.create(pushTopic, after).deliverLater();
        }
        return PddAnswers.of(result, "after_sales_id", refund.refundId(), after.terms().orderId());
    }

    private static Duration extensionOf(PddParams params) {
        Long days = params.optionalLong("extend_days");
        String duration = params.optional("extend_duration");
        if (days == null && duration == null) {
            throw PddApiException.missingParameter("extend_days");
        }
        if (days != null && duration != null) {
            throw PddApiException.invalidParameter("extend_duration", "give extend_days or extend_duration, not both");
        }
        if (days != null) {
            if (days < 1) {
                throw PddApiException.invalidParameter("extend_days", "extend_days must be at least 1: " + days);
            }
            return Duration.ofDays(days);
        }
        return params.positiveDuration("extend_duration");
    }
}
