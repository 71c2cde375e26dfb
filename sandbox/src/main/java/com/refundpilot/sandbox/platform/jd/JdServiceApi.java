package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.AgreeRequest;
import com.refundpilot.sandbox.platform.taobao.BuyerMessage;
import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.NegotiateRequest;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.PlatformPusher;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundType;
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
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * JD's service-bill methods (docs/platform-wire-formats/jd.md §2, §4): the bill's read and every merchant decision,
 * each the same model call its TOP method makes (so the oracle's actions, stats and counters see both wires alike),
 * with the same pushes (refund success after an agree, expire change after an extension). {@code shopId} is the
 * caller's {@code access_token}; another shop's or another platform's bill does not exist for it.
 */
@Service
class JdServiceApi {

    static final String VIEW = "jingdong.asc.query.view";
    static final String REPLY_REFUND = "jingdong.pop.afs.soa.refundapply.replyRefund";
    static final String PROCESS_REFUND = "jingdong.asc.process.refund";
    static final String AUDIT_REJECT = "jingdong.afsservice.audit.reject";
    static final String WAIT_FEEDBACK = "jingdong.asc.audit.waitFeedback";
    static final String NEGOTIATE = "jingdong.asc.negotiate.submit";
    static final String AUDIT_SEND = "jingdong.asc.audit.send";
    static final String RECEIVE_EXTEND = "jingdong.asc.receive.extend";
    static final String OFFLINE_CHANGE = "jingdong.asc.process.offline.change";
    static final String TRACK_MESSAGE_REPLY = "jingdong.afsservice.trackmessage.replay";

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final TaobaoMetrics metrics;
    private final TaobaoProperties properties;
    private final Clock clock;

    JdServiceApi(TaobaoRefunds refunds, PlatformPusher pusher, TaobaoMetrics metrics, TaobaoProperties properties,
            Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** A JD bill of the caller's shop; any other is as unknown as a missing one. */
    Optional<TaobaoRefund> bill(String shopId, String serviceId) {
        return refunds.find(serviceId).filter(r -> r.platform() == SandboxPlatform.JD && r.shopId().equals(shopId));
    }

    Map<String, Object> view(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        Optional<String> buId = p.text("buId");
        return bill(shopId, id).filter(r -> buId.isEmpty() || buId.get().equals(r.shopId()))
                .map(r -> JdResults.success(VIEW, JdResults.RESULT, JdBills.bill(r.snapshot()), Map.of()))
                .orElseGet(() -> notFound(VIEW, JdResults.RESULT, id));
    }

    /**
     * 商家审核退款单: status 1 (or 6, JD's own intercept not played) agrees the whole application, 2 refuses it. Only a
     * refund-only bill is a refund application; {@code sysVersion} is a sandbox extension, checked when given.
     */
    Map<String, Object> replyRefund(String shopId, JdParams p) {
        String id = p.requiredText("id");
        long status = p.requiredNumber("status");
        p.requiredText("checkUserName");
        if (status != 1 && status != 2 && status != 6) {
            throw JdApiException.badParameter("status", "1, 2 or 6 (9 and 10 are JD staff's), was " + status);
        }
        String remark = p.requiredText("remark");
        Optional<Long> version = p.number("sysVersion");
        Optional<Long> rejectType = p.number("rejectType");
        if (rejectType.isPresent() && (rejectType.get() < 1 || rejectType.get() > 6)) {
            throw JdApiException.badParameter("rejectType", "must be 1..6, was " + rejectType.get());
        }
        List<String> proofs = p.evidence("evidence").stream().map(i -> i.kind() + ":" + i.reference()).toList();
        String reasonCode = p.text("rejectReasonCode").orElse("REJECT_TYPE_" + rejectType.orElse(5L));
        boolean agree = status != 2;
        if (agree) {
            metrics.agreeCalled(SandboxPlatform.JD);
        }
        Optional<TaobaoRefund> found = bill(shopId, id);
        if (found.isEmpty()) {
            return notFound(REPLY_REFUND, JdResults.REPLY_RESULT, id);
        }
        TaobaoRefund refund = found.get();
        RefundSnapshot now = refund.snapshot();
        if (now.terms().type() != RefundType.REFUND_ONLY) {
            return JdResults.failure(REPLY_REFUND, JdResults.REPLY_RESULT, JdRefusals.WRONG_TYPE, "服务单 " + id
                    + " 不是退款申请 (customerExpect " + JdCodes.Expect.of(now.terms().type()).code
                    + "): use the jingdong.asc methods");
        }
        long v = version.orElse(now.version());
        CallResult result = agree
                ? refund.agree(new AgreeRequest(id, now.terms().amountFen(), v, now.terms().phase()), clock.instant())
                : refund.refuse(new RefuseRequest(id, remark, reasonCode, proofs, v), clock.instant());
        return answer(REPLY_REFUND, JdResults.REPLY_RESULT, refund, result, agree ? TmcMessage.REFUND_SUCCESS : null,
                Map.of());
    }

    /** Settles a service bill by refunding {@code refundSum} (any type, whole or part): a sandbox method. */
    Map<String, Object> processRefund(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        long version = p.requiredNumber("sysVersion");
        long fen = p.fen("refundSum").orElseThrow(() -> JdApiException.badParameter("refundSum", "is required"));
        metrics.agreeCalled(SandboxPlatform.JD);
        return act(PROCESS_REFUND, shopId, id, refund -> refund.agree(new AgreeRequest(id, fen, version,
                refund.snapshot().terms().phase()), clock.instant()), TmcMessage.REFUND_SUCCESS);
    }

    /** 审核不通过 of a service order (the older afsservice API); a refund application is answered by replyRefund. */
    Map<String, Object> auditReject(String shopId, JdParams p) {
        String id = p.requiredText("afsServiceId");
        String reason = p.requiredText("rejectReason");
        long version = p.requiredNumber("sysVersion");
        List<String> proofs = p.evidence("evidence").stream().map(i -> i.kind() + ":" + i.reference()).toList();
        String reasonCode = p.text("rejectReasonCode").orElse(null);
        Optional<TaobaoRefund> found = bill(shopId, id);
        if (found.isPresent() && found.get().snapshot().terms().type() == RefundType.REFUND_ONLY) {
            return JdResults.failure(AUDIT_REJECT, JdResults.RESULT, JdRefusals.WRONG_TYPE, "服务单 " + id
                    + " 是退款申请: use jingdong.pop.afs.soa.refundapply.replyRefund");
        }
        return act(AUDIT_REJECT, shopId, id, refund -> refund.refuse(new RefuseRequest(id, reason, reasonCode, proofs,
                version), clock.instant()), null);
    }

    /** 审核成待客户反馈: the merchant asks the buyer for proof (协商 ASK_EVIDENCE); the clock keeps running. */
    Map<String, Object> waitFeedback(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        long version = p.requiredNumber("sysVersion");
        String notes = p.requiredText("approveNotes");
        return negotiate(WAIT_FEEDBACK, shopId, id, NegotiationKind.ASK_EVIDENCE, null, notes, version);
    }

    /** The other 协商 proposals (a sandbox method): 1 部分退款 (with refundSum), 2 改为退货, 3 请客户撤销, 5 修改原因. */
    Map<String, Object> negotiateSubmit(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        long version = p.requiredNumber("sysVersion");
        long type = p.requiredNumber("feedbackType");
        NegotiationKind kind = JdCodes.negotiationKind(type).orElseThrow(() ->
                JdApiException.badParameter("feedbackType", "must be 1..5, was " + type));
        Long amountFen = kind == NegotiationKind.PARTIAL_REFUND
                ? p.fen("refundSum").orElseThrow(() -> JdApiException.badParameter("refundSum", "is required for 1"))
                : null;
        String notes = p.requiredText("approveNotes");
        return negotiate(NEGOTIATE, shopId, id, kind, amountFen, notes, version);
    }

    private Map<String, Object> negotiate(String method, String shopId, String id, NegotiationKind kind,
            Long amountFen, String message, long version) {
        long feedbackId = refunds.nextNegotiationId();
        return act(method, shopId, id, refund -> refund.negotiate(new NegotiateRequest(id, kind, amountFen, message,
                version), feedbackId, refunds.nextMessageId(), clock.instant()), null, Map.of("feedbackId", feedbackId));
    }

    /** 审核为客户发货: the customer sends the goods back to this address within the platform's buyer deadline. */
    Map<String, Object> auditSend(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        long version = p.requiredNumber("sysVersion");
        String province = p.requiredText("returnProvince");
        String city = p.requiredText("returnCity");
        String detail = p.text("returnDetailAddress").orElse("");
        String contact = p.text("returnContactName").orElse(null);
        String tel = p.text("returnContactTel").orElse(null);
        boolean merchantPays = p.flag("merchantPaysFreight");
        return act(AUDIT_SEND, shopId, id, refund -> {
            Instant now = clock.instant();
            ReturnAgreement agreement = new ReturnAgreement(province, city, detail, merchantPays, version, now,
                    contact, tel);
            return refund.agreeReturn(agreement, now.plus(properties.buyerReturnDeadline()), now);
        }, null);
    }

    /** 延长收货 (a sandbox method): once, while the return waits for receipt; pushes the expire change. */
    Map<String, Object> receiveExtend(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        long version = p.requiredNumber("sysVersion");
        Optional<Long> days = p.number("extendDays");
        Optional<Long> hours = p.number("extendHours");
        if (days.isPresent() == hours.isPresent()) {
            throw JdApiException.badParameter("extendDays", "give extendDays or extendHours, exactly one");
        }
        long amount = days.orElseGet(hours::get);
        if (amount < 1) {
            throw JdApiException.badParameter(days.isPresent() ? "extendDays" : "extendHours", "must be at least 1");
        }
        Duration extension = days.isPresent() ? Duration.ofDays(amount) : Duration.ofHours(amount);
        return act(RECEIVE_EXTEND, shopId, id, refund -> refund.extendReceipt(extension, version, clock.instant()),
                TmcMessage.TIMEOUT_CHANGED);
    }

    /** 线下换新 (opFlag 1): the exchange's replacement is on its way, the request ends without a refund. */
    Map<String, Object> offlineChange(String shopId, JdParams p) {
        String id = p.requiredText("serviceId");
        long version = p.requiredNumber("sysVersion");
        long opFlag = p.requiredNumber("opFlag");
        if (opFlag != 1) {
            throw JdApiException.badParameter("opFlag", "only 1 (线下换新) is played, was " + opFlag);
        }
        String trackingNo = p.requiredText("expressCode");
        String carrier = p.text("shipWayName").orElse(null);
        return act(OFFLINE_CHANGE, shopId, id, refund -> refund.consignExchange(carrier, trackingNo, version,
                clock.instant()), null);
    }

    /** An evidence pack for a service bill. */
    Map<String, Object> uploadEvidence(String method, String shopId, String id, List<EvidenceUpload.Item> items,
            String note) {
        long evidenceId = refunds.nextEvidenceId();
        return act(method, shopId, id, refund -> {
            Instant now = clock.instant();
            return refund.uploadEvidence(new EvidenceUpload(evidenceId, items, note, now), now);
        }, null, Map.of("evidenceId", evidenceId));
    }

    /** 跟踪留言回复: the merchant writes to the buyer on the bill, whatever its stage. */
    Map<String, Object> trackMessageReply(String shopId, JdParams p) {
        String id = p.requiredText("afsServiceId");
        String context = p.requiredText("context");
        Optional<TaobaoRefund> found = bill(shopId, id);
        if (found.isEmpty()) {
            return notFound(TRACK_MESSAGE_REPLY, JdResults.RESULT, id);
        }
        BuyerMessage message = found.get().addMessage(refunds.nextMessageId(), context, clock.instant());
        return JdResults.success(TRACK_MESSAGE_REPLY, JdResults.RESULT, JdBills.bill(found.get().snapshot()),
                Map.of("afsMessageId", message.id()));
    }

    private Map<String, Object> act(String method, String shopId, String id,
            Function<TaobaoRefund, CallResult> decision, String pushTopic) {
        return act(method, shopId, id, decision, pushTopic, Map.of());
    }

    private Map<String, Object> act(String method, String shopId, String id,
            Function<TaobaoRefund, CallResult> decision, String pushTopic, Map<String, Object> extra) {
        Optional<TaobaoRefund> found = bill(shopId, id);
        if (found.isEmpty()) {
            return notFound(method, JdResults.RESULT, id);
        }
        return answer(method, JdResults.RESULT, found.get(), decision.apply(found.get()), pushTopic, extra);
    }

    /** The model's answer on the wire; a success is pushed as {@code pushTopic}'s change from the same snapshot. */
    private Map<String, Object> answer(String method, String key, TaobaoRefund refund, CallResult result,
            String pushTopic, Map<String, Object> extra) {
        if (!result.succ()) {
            return JdResults.refused(method, key, result);
        }
        RefundSnapshot after = refund.snapshot();
        if (pushTopic != null) {
            pusher.create(pushTopic, after).deliverLater();
        }
        return JdResults.success(method, key, JdBills.bill(after), extra);
    }

    private static Map<String, Object> notFound(String method, String key, String id) {
        return JdResults.failure(method, key, JdRefusals.SERVICE_NOT_FOUND, "服务单不存在: " + id);
    }
}
