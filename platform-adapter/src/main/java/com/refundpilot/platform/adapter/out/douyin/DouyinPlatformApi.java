package com.refundpilot.platform.adapter.out.douyin;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.config.DouyinProperties;
import com.refundpilot.platform.domain.douyin.DouyinAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinRejectReasons;
import com.refundpilot.platform.domain.douyin.DouyinStatuses;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The decisions on Douyin: {@code afterSale/operate} (one item per call, the type chosen from the after-sale's kind
 * and stage, {@code update_time} = the version decided on), {@code timeExtend}, {@code submitEvidence}, and the
 * sandbox's assumed 协商, chat and complaint calls; each re-read is the detail (or list) that shows it took. Operate
 * has no amount: an agree of anything but the after-sale's current amount is refused before any call. An assumed call
 * is made only while its action is declared (a shop on the real platform declares none): otherwise the action is
 * refused {@code PLATFORM_NOT_SUPPORTED} without a call, for a person to do in the back office.
 */
@Component
public class DouyinPlatformApi implements PlatformApi {

    static final String PARTIAL_NOT_OFFERED = "PARTIAL_AGREE_NOT_OFFERED";
    static final String ALREADY_REFUNDED = "isv.business-failed:aftersale-already-refunded";
    static final String ALREADY_REFUSED = "isv.business-failed:aftersale-already-refused";
    static final String RETURN_ALREADY_AGREED = "isv.business-failed:return-already-agreed";
    static final String ALREADY_EXTENDED = "isv.business-failed:receipt-already-extended";
    private static final Set<String> SHIPMENT_CANCEL_DONE = Set.of("isv.business-failed:shipment-cancel-reported",
            "isv.business-failed:12001");
    static final String ALREADY_CONSIGNED = "isv.business-failed:exchange-already-consigned";
    static final String ALREADY_ANSWERED = "isv.business-failed:complaint-already-answered";
    static final int MAX_EVIDENCE = 4;
    static final String NOT_SUPPORTED = DecisionOutcome.NOT_OFFERED;

    private final DouyinClient douyin;
    private final Set<PlatformAction> offered;

    public DouyinPlatformApi(DouyinClient douyin, DouyinProperties properties) {
        this.douyin = douyin;
        this.offered = properties.announced();
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.DOUYIN);
    }

    @Override
    public DecisionOutcome agree(AgreeRefund c) {
        DouyinAfterSale a = afterSale(c.order().shopId(), c.refundId());
        if (a.status() != DouyinStatuses.SUCCEEDED && a.refundTotalFen() != c.amountFen()) {
            return DecisionOutcome.refused(c.refundId(), PARTIAL_NOT_OFFERED, "Douyin agrees an after-sale as it "
                    + "stands (" + a.refundTotalFen() + " fen), not " + c.amountFen() + " fen: a partial refund is "
                    + "a negotiated change of the amount first");
        }
        return operate(c.order().shopId(), DouyinOperate.agree(a), item(c.refundId(), c.platformVersion()))
                .doneAlreadyWhen(ALREADY_REFUNDED);
    }

    @Override
    public boolean agreed(AgreeRefund c) {
        return afterSale(c.order().shopId(), c.refundId()).status() == DouyinStatuses.SUCCEEDED;
    }

    @Override
    public DecisionOutcome refuse(RefuseRefund c) {
        DouyinAfterSale a = afterSale(c.order().shopId(), c.refundId());
        Map<String, Object> item = item(c.refundId(), c.platformVersion());
        item.put("reason", c.reasonCode());
        item.put("remark", c.reasonText());
        item.put("reject_reason_code", DouyinRejectReasons.codeOf(c.reasonCode()));
        item.put("evidence", c.evidence().stream().map(DouyinPlatformApi::proof).toList());
        return operate(c.order().shopId(), DouyinOperate.refuse(a), item).doneAlreadyWhen(ALREADY_REFUSED);
    }

    @Override
    public boolean refused(RefuseRefund c) {
        return DouyinStatuses.refused(afterSale(c.order().shopId(), c.refundId()).status());
    }

    @Override
    public long requestedFen(NegotiateRefund c) {
        return afterSale(c.order().shopId(), c.refundId()).refundTotalFen();
    }

    @Override
    public DecisionOutcome negotiate(NegotiateRefund c) {
        if (!offered.contains(PlatformAction.NEGOTIATE)) {
            return notOffered(c.refundId(), "协商 (afterSale/negotiate)");
        }
        Map<String, Object> params = new TreeMap<>();
        params.put("aftersale_id", c.refundId());
        params.put("update_time", c.platformVersion());
        params.put("negotiate_type", negotiateType(c.kind()));
        if (c.kind() == NegotiationKind.PARTIAL_REFUND) {
            params.put("refund_amount", c.amountFen());
        }
        params.put("message", c.message());
        return douyin.act(c.order().shopId(), "afterSale/negotiate", c.refundId(), params);
    }

    @Override
    public boolean negotiated(NegotiateRefund c) {
        if (!offered.contains(PlatformAction.NEGOTIATE)) {
            return false;
        }
        int type = negotiateType(c.kind());
        Long amount = c.kind() == NegotiationKind.PARTIAL_REFUND ? c.amountFen() : null;
        return douyin.negotiations(c.order().shopId(), c.refundId()).stream()
                .anyMatch(n -> n.proposedAtUpdateTime() == c.platformVersion() && n.type() == type
                        && (amount == null || Objects.equals(n.amountFen(), amount)));
    }

    @Override
    public DecisionOutcome agreeReturn(AgreeReturn c) {
        DouyinAfterSale a = afterSale(c.order().shopId(), c.refundId());
        Map<String, Object> address = new TreeMap<>();
        address.put("province_name", c.province());
        address.put("city_name", c.city());
        address.put("detail", c.addressText() == null ? "" : c.addressText());
        Map<String, Object> item = item(c.refundId(), c.platformVersion());
        item.put("logistics", Map.of("after_sale_address_detail", address));
        return operate(c.order().shopId(), DouyinOperate.agreeReturn(a), item).doneAlreadyWhen(RETURN_ALREADY_AGREED);
    }

    @Override
    public boolean returnAgreed(AgreeReturn c) {
        return afterSale(c.order().shopId(), c.refundId()).returnAddressGiven();
    }

    /** Douyin's timeExtend names no length and no version: the platform extends by its own time, once. */
    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt c) {
        return douyin.act(c.order().shopId(), "afterSale/timeExtend", c.refundId(), Map.of("aftersale_id",
                c.refundId())).doneAlreadyWhen(ALREADY_EXTENDED);
    }

    /**
     * 售后小助手 取消发货 (success only, no amount). A repeat (the sandbox's {@code shipment-cancel-reported}) and
     * Douyin's 12001 (another automatic refund took the after-sale already) leave nothing to report: done.
     */
    @Override
    public DecisionOutcome reportShipmentCancelled(ReportShipmentCancelled c) {
        DecisionOutcome outcome = douyin.act(c.order().shopId(), "afterSale/CancelSendGoodsSuccess", c.refundId(),
                Map.of("aftersale_id", c.refundId(), "op_time", c.cancelledAt().getEpochSecond()));
        boolean done = outcome.code() != null && SHIPMENT_CANCEL_DONE.contains(outcome.code()); // Set.of: no nulls
        return done ? DecisionOutcome.success(c.refundId()) : outcome;
    }

    @Override
    public boolean receiptExtended(ExtendReceipt c) {
        return douyin.afterSale(c.order().shopId(), c.refundId(), true).recordLogs().stream()
                .anyMatch(log -> "EXTEND_RECEIPT".equals(log.action()));
    }

    @Override
    public DecisionOutcome consignExchange(ConsignExchange c) {
        Map<String, Object> logistics = new TreeMap<>();
        logistics.put("company_code", c.carrier() == null ? "" : c.carrier());
        logistics.put("logistics_code", c.trackingNo());
        Map<String, Object> item = item(c.refundId(), c.platformVersion());
        item.put("logistics", logistics);
        return operate(c.order().shopId(), DouyinOperate.EXCHANGE_SHIPPED, item).doneAlreadyWhen(ALREADY_CONSIGNED);
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange c) {
        return afterSale(c.order().shopId(), c.refundId()).status() == DouyinStatuses.EXCHANGE_SHIPPED;
    }

    @Override
    public void checkEvidenceSubject(UploadEvidence c) {
        subjectOf(c.order().shopId(), c.caseRef());
    }

    /**
     * {@code submitEvidence} takes up to 4 references and a comment: the first 4 references go as evidence, and the
     * comment names every piece with its kind (the platform keeps no kinds).
     */
    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence c) {
        boolean afterSale = subjectOf(c.order().shopId(), c.caseRef());
        Map<String, Object> params = new TreeMap<>();
        params.put(afterSale ? "aftersale_id" : "complaint_id", c.caseRef());
        params.put("evidence", sentReferences(c.evidence()));
        params.put("comment", comment(c.note(), c.evidence()));
        return douyin.act(c.order().shopId(), afterSale ? "afterSale/submitEvidence" : "complaint/submitEvidence",
                c.caseRef(), params);
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence c) {
        List<String> sent = sentReferences(c.evidence());
        if (subjectOf(c.order().shopId(), c.caseRef())) {
            return douyin.afterSale(c.order().shopId(), c.caseRef(), true).recordLogs().stream()
                    .anyMatch(log -> "UPLOAD_EVIDENCE".equals(log.action()) && log.images().containsAll(sent));
        }
        return douyin.complaint(c.order().shopId(), c.caseRef()).evidence().containsAll(sent);
    }

    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint c) {
        if (!offered.contains(c.answer() == ComplaintAnswer.ACCEPT ? PlatformAction.ACCEPT_COMPLAINT
                : PlatformAction.REJECT_COMPLAINT)) {
            return notOffered(c.complaintId(), "a complaint answer (complaint/answer)");
        }
        Map<String, Object> params = new TreeMap<>();
        params.put("complaint_id", c.complaintId());
        params.put("answer", c.answer() == ComplaintAnswer.ACCEPT ? 1 : 2);
        params.put("compensation_amount", c.compensationFen());
        params.put("evidence", sentReferences(c.evidence()));
        params.put("comment", c.note() == null ? "" : c.note());
        return douyin.act(c.order().shopId(), "complaint/answer", c.complaintId(), params)
                .doneAlreadyWhen(ALREADY_ANSWERED);
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint c) {
        if (!complaintsOffered()) {
            return false;
        }
        int answer = douyin.complaint(c.order().shopId(), c.complaintId()).merchantAnswer();
        return answer == (c.answer() == ComplaintAnswer.ACCEPT ? 1 : 2);
    }

    @Override
    public void sendMessage(SendBuyerMessage c) {
        if (!offered.contains(PlatformAction.SEND_BUYER_MESSAGE)) {
            throw new DouyinApiException(0, NOT_SUPPORTED, "no open-platform call writes to the buyer on Douyin");
        }
        DecisionOutcome sent = douyin.act(c.order().shopId(), "afterSale/messageAdd", c.refundId(),
                Map.of("aftersale_id", c.refundId(), "content", c.text()));
        if (!sent.succeeded()) {
            throw new DouyinApiException(50002, sent.code(), sent.message());
        }
    }

    private DouyinAfterSale afterSale(String shopId, String afterSaleId) {
        return douyin.afterSale(shopId, afterSaleId, false);
    }

    private DecisionOutcome operate(String shopId, int type, Map<String, Object> item) {
        Map<String, Object> params = new TreeMap<>();
        params.put("type", type);
        params.put("items", List.of(item));
        return douyin.act(shopId, "afterSale/operate", (String) item.get("aftersale_id"), params);
    }

    private static Map<String, Object> item(String afterSaleId, long updateTime) {
        Map<String, Object> item = new TreeMap<>();
        item.put("aftersale_id", afterSaleId);
        item.put("update_time", updateTime);
        return item;
    }

    /** Operate's evidence: {@code {type 1 image / 4 text, url, desc}}, the kind as the description. */
    private static Map<String, Object> proof(Evidence e) {
        String reference = e.reference().trim();
        Map<String, Object> proof = new TreeMap<>();
        proof.put("type", reference.startsWith("http") ? 1 : 4);
        proof.put("url", reference);
        proof.put("desc", e.kind().name());
        return proof;
    }

    private static List<String> sentReferences(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.reference().trim()).limit(MAX_EVIDENCE).toList();
    }

    private static String comment(String note, List<Evidence> evidence) {
        StringBuilder comment = new StringBuilder(note == null ? "" : note);
        for (Evidence e : evidence) {
            comment.append(comment.isEmpty() ? "" : "\n").append(e.kind().name()).append(": ").append(e.reference());
        }
        return comment.toString();
    }

    private boolean complaintsOffered() {
        return offered.contains(PlatformAction.ACCEPT_COMPLAINT) || offered.contains(PlatformAction.REJECT_COMPLAINT);
    }

    private static DecisionOutcome notOffered(String subjectId, String what) {
        return DecisionOutcome.notOffered(subjectId, what + " has no public Douyin call and is not "
                + "declared for this shop: a person does it in the 抖店 back office");
    }

    /** 1..5 as the sandbox's assumed afterSale/negotiate numbers them. */
    private static int negotiateType(NegotiationKind kind) {
        return switch (kind) {
            case PARTIAL_REFUND -> 1;
            case CHANGE_TO_RETURN -> 2;
            case ASK_TO_CANCEL -> 3;
            case ASK_EVIDENCE -> 4;
            case CHANGE_REASON -> 5;
        };
    }

    /** True for an after-sale the shop has, false for a complaint; neither is the platform's refusal. */
    private boolean subjectOf(String shopId, String caseRef) {
        try {
            afterSale(shopId, caseRef);
            return true;
        } catch (DouyinApiException notAnAfterSale) {
            if (!notAnAfterSale.notFound()) {
                throw notAnAfterSale;
            }
            if (!complaintsOffered()) {
                throw new DouyinApiException(0, NOT_SUPPORTED, caseRef + " is no after-sale of the shop, and "
                        + "complaints have no open-platform call on Douyin");
            }
            douyin.complaint(shopId, caseRef);
            return false;
        }
    }
}
