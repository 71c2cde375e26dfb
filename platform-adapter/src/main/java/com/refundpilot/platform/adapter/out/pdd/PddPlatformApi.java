package com.refundpilot.platform.adapter.out.pdd;

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
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.domain.pdd.PddAfterSale;
import com.refundpilot.platform.domain.pdd.PddEvidence;
import com.refundpilot.platform.domain.pdd.PddStage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decisions on Pinduoduo (docs/platform-wire-formats/pdd.md §3): which call carries each, which after-sale state
 * shows it took, which business code means "done already". PDD's calls carry no version, and its agree no amount:
 * an agree is sent only when the asked amount is the decided one, so the platform never pays more (or other) than
 * refund-service decided.
 */
@Component
public class PddPlatformApi implements PlatformApi {

    static final String PARTIAL_UNSUPPORTED = "PDD_PARTIAL_AGREE_UNSUPPORTED";
    static final String AMOUNT_CHANGED = "PDD_AMOUNT_CHANGED";

    private final PddClient pdd;

    public PddPlatformApi(PddClient pdd) {
        this.pdd = pdd;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.PINDUODUO);
    }

    @Override
    public DecisionOutcome agree(AgreeRefund c) {
        PddAfterSale now = read(c.order(), c.refundId());
        if (c.amountFen() < now.refundAmountFen()) {
            return DecisionOutcome.refused(c.refundId(), PARTIAL_UNSUPPORTED, "pdd.refund.agree refunds the asked "
                    + now.refundAmountFen() + " fen; a partial refund of " + c.amountFen() + " needs an accepted 协商");
        }
        if (c.amountFen() > now.refundAmountFen() && !now.stage().paid()) {
            return DecisionOutcome.refused(c.refundId(), AMOUNT_CHANGED, "the buyer now asks "
                    + now.refundAmountFen() + " fen, the decision was for " + c.amountFen());
        }
        Map<String, String> params = ids(c.order(), c.refundId());
        params.put("operate_desc", "同意退款");
        return pdd.act(c.order().shopId(), "pdd.refund.agree", c.refundId(), params).doneAlreadyWhen("PDD-50002");
    }

    @Override
    public boolean agreed(AgreeRefund c) {
        return read(c.order(), c.refundId()).stage().paid();
    }

    @Override
    public DecisionOutcome refuse(RefuseRefund c) {
        Map<String, String> params = ids(c.order(), c.refundId());
        params.put("refuse_reason", c.reasonText());
        if (c.reasonCode() != null) {
            params.put("refuse_reason_code", c.reasonCode());
        }
        params.put("proof_images", PddEvidence.wire(c.evidence()));
        return pdd.act(c.order().shopId(), "pdd.refund.refuse", c.refundId(), params).doneAlreadyWhen("PDD-50003");
    }

    @Override
    public boolean refused(RefuseRefund c) {
        return read(c.order(), c.refundId()).stage() == PddStage.MERCHANT_REFUSED;
    }

    @Override
    public long requestedFen(NegotiateRefund c) {
        return read(c.order(), c.refundId()).refundAmountFen();
    }

    @Override
    public DecisionOutcome negotiate(NegotiateRefund c) {
        Map<String, String> params = ids(c.order(), c.refundId());
        params.put("negotiate_type", c.kind().name());
        if (c.kind() == NegotiationKind.PARTIAL_REFUND) {
            params.put("refund_amount", Long.toString(c.amountFen()));
        }
        params.put("message", c.message());
        return pdd.act(c.order().shopId(), "pdd.refund.negotiate", c.refundId(), params);
    }

    /** No version on PDD: a proposal of this kind, amount and text is the one this command made. */
    @Override
    public boolean negotiated(NegotiateRefund c) {
        Long amount = c.kind() == NegotiationKind.PARTIAL_REFUND ? c.amountFen() : null;
        return pdd.negotiations(c.order().shopId(), c.refundId(), c.order().orderId()).stream()
                .anyMatch(n -> n.type().equals(c.kind().name()) && Objects.equals(n.refundAmountFen(), amount)
                        && n.message().equals(c.message()));
    }

    /** PDD names no postage payer on the return agree; the address goes as the sandbox takes it. */
    @Override
    public DecisionOutcome agreeReturn(AgreeReturn c) {
        Map<String, String> params = ids(c.order(), c.refundId());
        params.put("province", c.province());
        params.put("city", c.city());
        params.put("address", c.addressText() == null ? "" : c.addressText());
        params.put("operate_desc", "同意退货");
        return pdd.act(c.order().shopId(), "pdd.refund.returngoods.agree", c.refundId(), params)
                .doneAlreadyWhen("PDD-50008");
    }

    @Override
    public boolean returnAgreed(AgreeReturn c) {
        return read(c.order(), c.refundId()).returnAddressGiven();
    }

    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt c) {
        Map<String, String> params = ids(c.order(), c.refundId());
        Duration extension = c.extension();
        if (extension.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            params.put("extend_days", Long.toString(extension.toDays()));
        } else {
            params.put("extend_duration", extension.toString());
        }
        return pdd.act(c.order().shopId(), "pdd.refund.returngoods.extend", c.refundId(), params)
                .doneAlreadyWhen("PDD-50009");
    }

    @Override
    public boolean receiptExtended(ExtendReceipt c) {
        return read(c.order(), c.refundId()).receiptExtended();
    }

    /**
     * PG 取消发货, status SUCCESS only (ADR 0011: failures are not reported, so fail_reason_code 1001–1003 is never
     * sent); 50016 "reported already" means the report is in effect.
     */
    @Override
    public DecisionOutcome reportShipmentCancelled(ReportShipmentCancelled c) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("refund_id", c.refundId());
        param.put("tid", c.order().orderId());
        param.put("status", "SUCCESS");
        param.put("refund_fee", c.refundFen());
        param.put("operate_time", c.cancelledAt().toEpochMilli());
        DecisionOutcome outcome = pdd.cancelSendGoods(c.order().shopId(), c.refundId(), param);
        return "PDD-50016".equals(outcome.code()) ? DecisionOutcome.success(c.refundId()) : outcome;
    }

    @Override
    public DecisionOutcome consignExchange(ConsignExchange c) {
        Map<String, String> params = ids(c.order(), c.refundId());
        params.put("tracking_number", c.trackingNo());
        if (c.carrier() != null) {
            params.put("shipping_name", c.carrier());
        }
        return pdd.act(c.order().shopId(), "pdd.refund.exchange.shipping", c.refundId(), params)
                .doneAlreadyWhen("PDD-50010");
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange c) {
        return read(c.order(), c.refundId()).stage() == PddStage.EXCHANGE_SHIPPED;
    }

    @Override
    public void checkEvidenceSubject(UploadEvidence c) {
        subjectOf(c);
    }

    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence c) {
        Map<String, String> params = new LinkedHashMap<>(subjectOf(c));
        params.put("evidence", PddEvidence.wire(c.evidence()));
        params.put("note", c.note() == null ? "" : c.note());
        return pdd.act(c.order().shopId(), "pdd.refund.evidence.upload", c.caseRef(), params);
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence c) {
        return pdd.evidence(c.order().shopId(), subjectOf(c)).containsAll(PddEvidence.references(c.evidence()));
    }

    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint c) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("complaint_id", c.complaintId());
        params.put("answer", c.answer().name());
        params.put("compensation_amount", Long.toString(c.compensationFen()));
        if (!c.evidence().isEmpty()) {
            params.put("evidence", PddEvidence.wire(c.evidence()));
        }
        params.put("note", c.note() == null ? "" : c.note());
        return pdd.act(c.order().shopId(), "pdd.complaint.answer", c.complaintId(), params)
                .doneAlreadyWhen("PDD-50014");
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint c) {
        return c.answer().name().equals(pdd.complaint(c.order().shopId(), c.complaintId()).merchantAnswer());
    }

    @Override
    public void sendMessage(SendBuyerMessage c) {
        Map<String, String> params = ids(c.order(), c.refundId());
        params.put("content", c.text());
        DecisionOutcome sent = pdd.act(c.order().shopId(), "pdd.refund.message.send", c.refundId(), params);
        if (!sent.succeeded()) {
            throw new IllegalStateException("pdd.refund.message.send refused: " + sent.code() + " " + sent.message());
        }
    }

    private PddAfterSale read(OrderRef order, String afterSalesId) {
        return pdd.afterSale(order.shopId(), afterSalesId, order.orderId());
    }

    private static Map<String, String> ids(OrderRef order, String afterSalesId) {
        return PddClient.ids(afterSalesId, order.orderId());
    }

    /** The after-sale if PDD knows the ID for this order, else the complaint (a PddApiException if neither). */
    private Map<String, String> subjectOf(UploadEvidence c) {
        try {
            read(c.order(), c.caseRef());
            return ids(c.order(), c.caseRef());
        } catch (PddApiException notAnAfterSale) {
            if (!notAnAfterSale.notFound()) {
                throw notAnAfterSale;
            }
            pdd.complaint(c.order().shopId(), c.caseRef());
            return Map.of("complaint_id", c.caseRef());
        }
    }
}
