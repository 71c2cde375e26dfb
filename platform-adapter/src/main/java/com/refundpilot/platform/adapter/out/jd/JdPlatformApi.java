package com.refundpilot.platform.adapter.out.jd;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.config.JdProperties;
import com.refundpilot.platform.domain.jd.JdBill;
import com.refundpilot.platform.domain.jd.JdCodes;
import com.refundpilot.platform.domain.jd.JdEvidence;
import com.refundpilot.platform.domain.jd.JdWire;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decisions on JD (docs/platform-wire-formats/jd.md §4): which JOS method carries each — a refund application
 * ({@code customerExpect} 90) is answered with {@code replyRefund}, a service order with the {@code jingdong.asc.*} /
 * {@code afsservice} methods, so the bill is read first where that decides — the bill's {@code sysVersion} on every
 * call, the bill state that shows each took, and which code means "done already". A call §4 marks assumed (no
 * public JOS method: a partial refund, 协商 beyond 待客户反馈, the receipt extension, evidence, complaint answers) is
 * made only while its action is declared ({@code assumed-capabilities}; a shop on the real JD declares none):
 * otherwise the action is refused {@code PLATFORM_NOT_SUPPORTED} without a call, for a person to do in 京麦.
 */
@Component
public class JdPlatformApi implements PlatformApi {

    private static final String REPLY_REFUND = "jingdong.pop.afs.soa.refundapply.replyRefund";
    private static final String RESULT = "result";
    private static final String REPLY_RESULT = "replyResult";
    /** The parameter naming an evidence pack's subject: a service bill or a complaint. */
    private static final String SERVICE = "serviceId";
    private static final String COMPLAINT = "complaintId";

    private final JdClient jd;
    private final Set<PlatformAction> offered;

    public JdPlatformApi(JdClient jd, JdProperties properties) {
        this.jd = jd;
        this.offered = properties.announced();
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.JD);
    }

    /**
     * The whole amount of a refund application: 审核通过 ({@code replyRefund} status 1). Anything else — a part of
     * it, or a service order — is settled by refunding the bill ({@code process.refund}).
     */
    @Override
    public DecisionOutcome agree(AgreeRefund c) {
        if (c.partial() && !offered.contains(PlatformAction.AGREE_PARTIAL_REFUND)) {
            return notOffered(c.refundId(), "a partial refund (process.refund)");
        }
        String shop = c.order().shopId();
        JdBill bill = jd.bill(shop, c.refundId());
        if (bill.refundOnly() && c.amountFen() == bill.applyRefundSumFen()) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("id", c.refundId());
            params.put("status", 1);
            params.put("checkUserName", JdClient.OPERATOR);
            params.put("remark", "同意退款");
            params.put("sysVersion", c.platformVersion());
            return jd.act(shop, REPLY_REFUND, REPLY_RESULT, c.refundId(), params).doneAlreadyWhen("10300");
        }
        Map<String, Object> params = service(c.refundId(), c.order().orderId(), c.platformVersion());
        params.put("refundSum", JdWire.yuan(c.amountFen()));
        params.put("operateRemark", c.partial() ? "部分退款" : "同意退款");
        return jd.act(shop, "jingdong.asc.process.refund", RESULT, c.refundId(), params).doneAlreadyWhen("10300");
    }

    @Override
    public boolean agreed(AgreeRefund c) {
        JdBill bill = jd.bill(c.order().shopId(), c.refundId());
        return bill.afsServiceStep() == JdCodes.STEP_DONE && bill.refundSumFen() > 0;
    }

    /** A refund application: 审核不通过 with its reject type; a service order: the afsservice audit rejection. */
    @Override
    public DecisionOutcome refuse(RefuseRefund c) {
        String shop = c.order().shopId();
        JdBill bill = jd.bill(shop, c.refundId());
        Map<String, Object> params = new LinkedHashMap<>();
        if (bill.refundOnly()) {
            params.put("id", c.refundId());
            params.put("status", 2);
            params.put("checkUserName", JdClient.OPERATOR);
            params.put("remark", c.reasonText());
            params.put("rejectType", JdCodes.rejectType(c.reasonCode()));
        } else {
            params.put("afsServiceId", c.refundId());
            params.put("rejectReason", c.reasonText());
        }
        params.put("sysVersion", c.platformVersion());
        params.put("evidence", JdEvidence.wire(c.evidence()));
        params.put("rejectReasonCode", c.reasonCode());
        return (bill.refundOnly() ? jd.act(shop, REPLY_REFUND, REPLY_RESULT, c.refundId(), params)
                : jd.act(shop, "jingdong.afsservice.audit.reject", RESULT, c.refundId(), params))
                .doneAlreadyWhen("10301");
    }

    @Override
    public boolean refused(RefuseRefund c) {
        return jd.bill(c.order().shopId(), c.refundId()).afsServiceStep() == JdCodes.STEP_REFUSED;
    }

    @Override
    public long requestedFen(NegotiateRefund c) {
        return jd.bill(c.order().shopId(), c.refundId()).applyRefundSumFen();
    }

    /** 审核成待客户反馈 asks the buyer for proof; the other proposals go through the sandbox's negotiate.submit. */
    @Override
    public DecisionOutcome negotiate(NegotiateRefund c) {
        if (c.kind() != NegotiationKind.ASK_EVIDENCE && !offered.contains(PlatformAction.NEGOTIATE)) {
            return notOffered(c.refundId(), "a 协商 proposal other than 待客户反馈 (negotiate.submit)");
        }
        Map<String, Object> params = service(c.refundId(), c.order().orderId(), c.platformVersion());
        params.put("approveNotes", c.message());
        if (c.kind() == NegotiationKind.ASK_EVIDENCE) {
            return jd.act(c.order().shopId(), "jingdong.asc.audit.waitFeedback", RESULT, c.refundId(), params)
                    .doneAlreadyWhen("10302");
        }
        params.put("feedbackType", JdCodes.feedbackType(c.kind()));
        if (c.kind() == NegotiationKind.PARTIAL_REFUND) {
            params.put("refundSum", JdWire.yuan(c.amountFen()));
        }
        return jd.act(c.order().shopId(), "jingdong.asc.negotiate.submit", RESULT, c.refundId(), params)
                .doneAlreadyWhen("10302");
    }

    /** A 协商 of this type (and amount) proposed at the command's sysVersion is on the bill. */
    @Override
    public boolean negotiated(NegotiateRefund c) {
        Long amount = c.kind() == NegotiationKind.PARTIAL_REFUND ? c.amountFen() : null;
        int type = JdCodes.feedbackType(c.kind());
        return jd.bill(c.order().shopId(), c.refundId()).feedbacks().stream()
                .anyMatch(f -> f.sysVersion() == c.platformVersion() && f.feedbackType() == type
                        && (amount == null || Objects.equals(f.refundSumFen(), amount)));
    }

    /** 审核为客户发货: the customer sends the goods back to the shop's return address. */
    @Override
    public DecisionOutcome agreeReturn(AgreeReturn c) {
        Map<String, Object> params = service(c.refundId(), c.order().orderId(), c.platformVersion());
        params.put("approveNotes", "同意退货");
        params.put("returnProvince", c.province());
        params.put("returnCity", c.city());
        params.put("returnDetailAddress", c.addressText() == null ? "" : c.addressText());
        params.put("merchantPaysFreight", Boolean.toString(c.merchantPaysShipping()));
        return jd.act(c.order().shopId(), "jingdong.asc.audit.send", RESULT, c.refundId(), params)
                .doneAlreadyWhen("10303");
    }

    @Override
    public boolean returnAgreed(AgreeReturn c) {
        return jd.bill(c.order().shopId(), c.refundId()).returnAddressGiven();
    }

    /** Whole days as {@code extendDays}, anything else as whole hours, rounded up (never shorter than decided). */
    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt c) {
        if (!offered.contains(PlatformAction.EXTEND_RECEIPT)) {
            return notOffered(c.refundId(), "extending the receipt (receive.extend)");
        }
        Map<String, Object> params = service(c.refundId(), c.order().orderId(), c.platformVersion());
        Duration extension = c.extension();
        if (extension.equals(Duration.ofDays(extension.toDays()))) {
            params.put("extendDays", extension.toDays());
        } else {
            params.put("extendHours", extension.plusMinutes(59).plusSeconds(59).toHours());
        }
        return jd.act(c.order().shopId(), "jingdong.asc.receive.extend", RESULT, c.refundId(), params)
                .doneAlreadyWhen("10304");
    }

    @Override
    public boolean receiptExtended(ExtendReceipt c) {
        return jd.bill(c.order().shopId(), c.refundId()).receiveExtended();
    }

    /** 线下换新 (opFlag 1) with the replacement's waybill. */
    @Override
    public DecisionOutcome consignExchange(ConsignExchange c) {
        Map<String, Object> params = service(c.refundId(), c.order().orderId(), c.platformVersion());
        params.put("opFlag", 1);
        params.put("expressCode", c.trackingNo());
        if (c.carrier() != null && !c.carrier().isBlank()) {
            params.put("shipWayName", c.carrier());
        }
        return jd.act(c.order().shopId(), "jingdong.asc.process.offline.change", RESULT, c.refundId(), params)
                .doneAlreadyWhen("10305");
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange c) {
        return jd.bill(c.order().shopId(), c.refundId()).afsServiceStep() == JdCodes.STEP_CUSTOMER_CONFIRM;
    }

    @Override
    public void checkEvidenceSubject(UploadEvidence c) {
        subjectOf(c);
    }

    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence c) {
        if (!offered.contains(PlatformAction.UPLOAD_EVIDENCE)) {
            return notOffered(c.caseRef(), "evidence (evidence.upload)");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(subjectOf(c), c.caseRef());
        params.put("evidence", JdEvidence.wire(c.evidence()));
        params.put("note", c.note() == null ? "" : c.note());
        return jd.act(c.order().shopId(), "jingdong.asc.evidence.upload", RESULT, c.caseRef(), params);
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence c) {
        String pack = JdEvidence.wire(c.evidence());
        String shop = c.order().shopId();
        return (SERVICE.equals(subjectOf(c)) ? jd.bill(shop, c.caseRef()).evidences()
                : jd.complaint(shop, c.caseRef()).evidences()).contains(pack);
    }

    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint c) {
        if (!offered.contains(c.answer() == ComplaintAnswer.ACCEPT ? PlatformAction.ACCEPT_COMPLAINT
                : PlatformAction.REJECT_COMPLAINT)) {
            return notOffered(c.complaintId(), "a complaint answer (complaint.answer)");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("complaintId", c.complaintId());
        params.put("answer", JdCodes.answer(c.answer()));
        if (c.answer() == ComplaintAnswer.ACCEPT) {
            params.put("compensateSum", JdWire.yuan(c.compensationFen()));
        }
        if (!c.evidence().isEmpty()) {
            params.put("evidence", JdEvidence.wire(c.evidence()));
        }
        params.put("note", c.note() == null ? "" : c.note());
        return jd.act(c.order().shopId(), "jingdong.asc.complaint.answer", RESULT, c.complaintId(), params)
                .doneAlreadyWhen("10306");
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint c) {
        return Integer.valueOf(JdCodes.answer(c.answer()))
                .equals(jd.complaint(c.order().shopId(), c.complaintId()).merchantAnswer());
    }

    /** 跟踪留言回复: the merchant's message on the bill. */
    @Override
    public void sendMessage(SendBuyerMessage c) {
        DecisionOutcome sent = jd.act(c.order().shopId(), "jingdong.afsservice.trackmessage.replay", RESULT,
                c.refundId(), Map.of("afsServiceId", c.refundId(), "context", c.text()));
        if (!sent.succeeded()) {
            throw new JdApiException(sent.code(), sent.message());
        }
    }

    private static DecisionOutcome notOffered(String subjectId, String what) {
        return DecisionOutcome.notOffered(subjectId, what + " has no public JD method and is not declared for this "
                + "shop: a person does it in 京麦");
    }

    /** The common ASC parameters of an action on a service bill. */
    private static Map<String, Object> service(String serviceId, String orderId, long sysVersion) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("operatePin", JdClient.OPERATOR);
        params.put("operateNick", JdClient.OPERATOR);
        params.put("serviceId", serviceId);
        params.put("orderId", orderId);
        params.put("sysVersion", sysVersion);
        return params;
    }

    /**
     * Evidence goes to a service bill or a complaint, named by different parameters: a bill if JD knows the ID as
     * one, else a complaint (one it does not know either throws its refusal).
     */
    private String subjectOf(UploadEvidence c) {
        try {
            jd.bill(c.order().shopId(), c.caseRef());
            return SERVICE;
        } catch (JdApiException notABill) {
            if (!JdApiException.SERVICE_NOT_FOUND.equals(notABill.code())) {
                throw notABill;
            }
            jd.complaint(c.order().shopId(), c.caseRef());
            return COMPLAINT;
        }
    }
}
