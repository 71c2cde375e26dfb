package com.refundpilot.platform.adapter.out.taobao;

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
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient.EvidenceSubject;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.domain.taobao.TaobaoEvidence;
import com.refundpilot.platform.domain.taobao.TaobaoWire;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decisions on Taobao and Tmall (one open platform, TOP): which TOP method carries each, which refund status
 * shows it took, and which sub_code means "done already".
 */
@Component
public class TaobaoPlatformApi implements PlatformApi {

    /** The refund_phase of the agree and refuse calls: after-sales requests of a paid order. */
    private static final String PHASE = "onsale";
    private static final String REFUND_NOT_FOUND = "isv.refund-not-exist";
    static final String EXCHANGE_CONSIGNED = "WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS";

    private final TaobaoClient taobao;

    public TaobaoPlatformApi(TaobaoClient taobao) {
        this.taobao = taobao;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.TAOBAO, Platform.TMALL);
    }

    @Override
    public DecisionOutcome agree(AgreeRefund c) {
        return taobao.agree(c.order().shopId(), c.refundId(), c.amountFen(), c.platformVersion(), PHASE)
                .doneAlreadyWhen("isv.refund-already-success");
    }

    @Override
    public boolean agreed(AgreeRefund c) {
        return "SUCCESS".equals(status(c.order().shopId(), c.refundId()));
    }

    @Override
    public DecisionOutcome refuse(RefuseRefund c) {
        List<String> proof = c.evidence().stream().map(TaobaoEvidence::reference).toList();
        return taobao.refuse(c.order().shopId(), c.refundId(), c.reasonText(), c.reasonCode(), proof,
                c.platformVersion()).doneAlreadyWhen("isv.refund-already-refused");
    }

    @Override
    public boolean refused(RefuseRefund c) {
        return "SELLER_REFUSE_BUYER".equals(status(c.order().shopId(), c.refundId()));
    }

    @Override
    public long requestedFen(NegotiateRefund c) {
        return TaobaoWire.fen(taobao.getRefund(c.order().shopId(), c.refundId()).refundFee());
    }

    @Override
    public DecisionOutcome negotiate(NegotiateRefund c) {
        return taobao.negotiate(c.order().shopId(), c.refundId(), c.kind().name(), partialAmount(c), c.message(),
                c.platformVersion()).doneAlreadyWhen("isv.negotiation-pending");
    }

    /** A negotiation of this kind (and amount) proposed at the command's version is on the refund. */
    @Override
    public boolean negotiated(NegotiateRefund c) {
        Long amount = partialAmount(c);
        String fee = amount == null ? null : TaobaoWire.yuan(amount);
        return taobao.getNegotiations(c.order().shopId(), c.refundId()).stream()
                .anyMatch(n -> n.refundVersion() == c.platformVersion() && n.type().equals(c.kind().name())
                        && (fee == null || Objects.equals(n.refundFee(), fee)));
    }

    @Override
    public DecisionOutcome agreeReturn(AgreeReturn c) {
        return taobao.agreeReturn(c.order().shopId(), c.refundId(), c.platformVersion(), c.province(), c.city(),
                c.addressText(), c.merchantPaysShipping()).doneAlreadyWhen("isv.return-already-agreed");
    }

    @Override
    public boolean returnAgreed(AgreeReturn c) {
        return taobao.getReturnStage(c.order().shopId(), c.refundId()).returnAgreed();
    }

    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt c) {
        return taobao.extendReceipt(c.order().shopId(), c.refundId(), c.platformVersion(), c.extension())
                .doneAlreadyWhen("isv.receipt-already-extended");
    }

    @Override
    public boolean receiptExtended(ExtendReceipt c) {
        return taobao.getReturnStage(c.order().shopId(), c.refundId()).receiptExtended();
    }

    /** AliGenius: a repeat is answered "reported already", which means the report is in effect (ADR 0011). */
    @Override
    public DecisionOutcome reportShipmentCancelled(ReportShipmentCancelled c) {
        DecisionOutcome outcome = taobao.cancelSendGoods(c.order().shopId(), c.refundId(), c.order().orderId(),
                c.refundFen(), c.cancelledAt());
        return "isv.shipment-cancel-reported".equals(outcome.code()) ? DecisionOutcome.success(c.refundId()) : outcome;
    }

    @Override
    public DecisionOutcome consignExchange(ConsignExchange c) {
        return taobao.consignExchange(c.order().shopId(), c.refundId(), c.platformVersion(), c.carrier(),
                c.trackingNo()).doneAlreadyWhen("isv.exchange-already-consigned");
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange c) {
        return EXCHANGE_CONSIGNED.equals(taobao.getReturnStage(c.order().shopId(), c.refundId()).status());
    }

    @Override
    public void checkEvidenceSubject(UploadEvidence c) {
        subjectOf(c);
    }

    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence c) {
        return taobao.uploadEvidence(c.order().shopId(), subjectOf(c), c.caseRef(), TaobaoEvidence.wire(c.evidence()),
                c.note());
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence c) {
        return taobao.getEvidence(c.order().shopId(), subjectOf(c), c.caseRef())
                .contains(TaobaoEvidence.wire(c.evidence()));
    }

    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint c) {
        return taobao.answerComplaint(c.order().shopId(), c.complaintId(), c.answer().name(), c.compensationFen(),
                TaobaoEvidence.wire(c.evidence()), c.note()).doneAlreadyWhen("isv.complaint-already-answered");
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint c) {
        return c.answer().name().equals(taobao.getComplaint(c.order().shopId(), c.complaintId()).sellerAnswer());
    }

    @Override
    public void sendMessage(SendBuyerMessage c) {
        taobao.addMessage(c.order().shopId(), c.refundId(), c.text());
    }

    private String status(String shopId, String refundId) {
        return taobao.getRefund(shopId, refundId).status();
    }

    private static Long partialAmount(NegotiateRefund c) {
        return c.kind() == NegotiationKind.PARTIAL_REFUND ? c.amountFen() : null;
    }

    /**
     * Evidence goes to a refund or a complaint, and TOP names them by different parameters: a refund's ID if the
     * platform knows one, else a complaint's (a complaint it does not know either throws its refusal).
     */
    private EvidenceSubject subjectOf(UploadEvidence c) {
        try {
            taobao.getRefund(c.order().shopId(), c.caseRef());
            return EvidenceSubject.REFUND;
        } catch (TaobaoApiException notARefund) {
            if (!REFUND_NOT_FOUND.equals(notARefund.subCode())) {
                throw notARefund;
            }
            taobao.getComplaint(c.order().shopId(), c.caseRef());
            return EvidenceSubject.COMPLAINT;
        }
    }
}
