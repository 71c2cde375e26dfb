package com.refundpilot.platform.adapter.out.generic;

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
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.domain.generic.GenericAfterSale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decisions on the generic platform: one POST each with the version decided on and the action key as
 * idempotency key (so even a resend could not act twice), and the after-sale status that shows each took.
 */
@Component
public class GenericPlatformApi implements PlatformApi {

    private static final String AFTER_SALES = "after-sales";
    private static final String COMPLAINTS = "complaints";

    private final GenericClient generic;

    public GenericPlatformApi(GenericClient generic) {
        this.generic = generic;
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.GENERIC);
    }

    @Override
    public DecisionOutcome agree(AgreeRefund c) {
        return act(c.refundId(), "agree", c.actionKey(), versioned(c.platformVersion(), "amountFen", c.amountFen()))
                .doneAlreadyWhen("ALREADY_REFUNDED");
    }

    @Override
    public boolean agreed(AgreeRefund c) {
        return GenericAfterSale.REFUNDED.equals(generic.afterSale(c.refundId()).status());
    }

    @Override
    public DecisionOutcome refuse(RefuseRefund c) {
        Map<String, Object> body = versioned(c.platformVersion(), "reason", c.reasonText());
        body.put("reasonCode", c.reasonCode());
        body.put("proofs", references(c.evidence()));
        return act(c.refundId(), "refuse", c.actionKey(), body).doneAlreadyWhen("ALREADY_REFUSED");
    }

    @Override
    public boolean refused(RefuseRefund c) {
        return GenericAfterSale.MERCHANT_REFUSED.equals(generic.afterSale(c.refundId()).status());
    }

    @Override
    public long requestedFen(NegotiateRefund c) {
        return generic.afterSale(c.refundId()).amountFen();
    }

    @Override
    public DecisionOutcome negotiate(NegotiateRefund c) {
        Map<String, Object> body = versioned(c.platformVersion(), "kind", c.kind().name());
        if (c.kind() == NegotiationKind.PARTIAL_REFUND) {
            body.put("amountFen", c.amountFen());
        }
        body.put("message", c.message());
        return act(c.refundId(), "negotiate", c.actionKey(), body);
    }

    @Override
    public boolean negotiated(NegotiateRefund c) {
        Long amount = c.kind() == NegotiationKind.PARTIAL_REFUND ? c.amountFen() : null;
        return generic.negotiations(c.refundId()).stream()
                .anyMatch(n -> n.proposedAtVersion() == c.platformVersion() && n.kind().equals(c.kind().name())
                        && (amount == null || Objects.equals(n.amountFen(), amount)));
    }

    @Override
    public DecisionOutcome agreeReturn(AgreeReturn c) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("province", c.province());
        address.put("city", c.city());
        address.put("detail", c.addressText() == null ? "" : c.addressText());
        Map<String, Object> body = versioned(c.platformVersion(), "address", address);
        body.put("merchantPaysShipping", c.merchantPaysShipping());
        return act(c.refundId(), "agree-return", c.actionKey(), body);
    }

    @Override
    public boolean returnAgreed(AgreeReturn c) {
        return generic.afterSale(c.refundId()).returnAddressGiven();
    }

    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt c) {
        return act(c.refundId(), "extend-receipt", c.actionKey(),
                versioned(c.platformVersion(), "extension", c.extension().toString()));
    }

    @Override
    public boolean receiptExtended(ExtendReceipt c) {
        return generic.afterSale(c.refundId()).receiptExtended();
    }

    /** No version: the report states a fact. ALREADY_REPORTED (another key) is settled by the re-read. */
    @Override
    public DecisionOutcome reportShipmentCancelled(ReportShipmentCancelled c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cancelledAt", c.cancelledAt().toString());
        body.put("refundFen", c.refundFen());
        return act(c.refundId(), "shipment-cancelled", c.actionKey(), body).doneAlreadyWhen("ALREADY_REPORTED");
    }

    @Override
    public boolean shipmentCancelReported(ReportShipmentCancelled c) {
        return generic.afterSale(c.refundId()).shipmentCancelReported();
    }

    @Override
    public DecisionOutcome consignExchange(ConsignExchange c) {
        Map<String, Object> body = versioned(c.platformVersion(), "carrier", c.carrier() == null ? "" : c.carrier());
        body.put("trackingNo", c.trackingNo());
        return act(c.refundId(), "consign-exchange", c.actionKey(), body);
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange c) {
        return GenericAfterSale.WAITING_BUYER_CONFIRM.equals(generic.afterSale(c.refundId()).status());
    }

    @Override
    public void checkEvidenceSubject(UploadEvidence c) {
        collectionOf(c.caseRef());
    }

    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evidence", references(c.evidence()));
        body.put("note", c.note() == null ? "" : c.note());
        return generic.act("/{collection}/{id}/evidence", c.caseRef(), c.actionKey(), body,
                collectionOf(c.caseRef()), c.caseRef());
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence c) {
        return generic.evidence(collectionOf(c.caseRef()), c.caseRef()).containsAll(references(c.evidence()));
    }

    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", c.answer().name());
        body.put("compensationFen", c.compensationFen());
        body.put("evidence", references(c.evidence()));
        body.put("note", c.note() == null ? "" : c.note());
        return generic.act("/complaints/{id}/answer", c.complaintId(), c.actionKey(), body, c.complaintId())
                .doneAlreadyWhen("ALREADY_ANSWERED");
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint c) {
        return c.answer().name().equals(generic.complaint(c.complaintId()).merchantAnswer());
    }

    @Override
    public void sendMessage(SendBuyerMessage c) {
        DecisionOutcome sent = act(c.refundId(), "messages", "message:" + c.messageId(), Map.of("text", c.text()));
        if (!sent.succeeded()) {
            throw new GenericApiException(409, sent.code(), sent.message());
        }
    }

    private DecisionOutcome act(String afterSaleId, String action, String key, Map<String, Object> body) {
        return generic.act("/after-sales/{id}/" + action, afterSaleId, key, body, afterSaleId);
    }

    private static Map<String, Object> versioned(long version, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put(field, value);
        return body;
    }

    /** {@code KIND:reference}, as the protocol lists evidence. */
    static List<String> references(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.kind().name() + ":" + e.reference().trim()).toList();
    }

    /** Evidence goes to an after-sale if the platform knows the ID as one, else to a complaint (or is refused). */
    private String collectionOf(String caseRef) {
        try {
            generic.afterSale(caseRef);
            return AFTER_SALES;
        } catch (GenericApiException notAnAfterSale) {
            if (!notAnAfterSale.notFound()) {
                throw notAnAfterSale;
            }
            generic.complaint(caseRef);
            return COMPLAINTS;
        }
    }
}
