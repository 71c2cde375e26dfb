package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.ConflictException;
import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One refund as the platform holds it. Every read and write goes through a synchronized method, so
 * concurrent merchant calls, control calls and the auto-refund sweeper see and change one consistent state.
 */
public class TaobaoRefund {

    private static final String AGREED_BY_NEGOTIATION = "协商一致";

    private final String refundId;
    private final String shopId;
    /** Which platform the refund was filed on: whose paths, open API and pushes it belongs to. */
    private final SandboxPlatform platform;
    private RefundTerms terms;
    /** What the buyer asked for themselves (filed or modified): an agree below it is a partial refund. */
    private long originalAmountFen;
    private Instant deadline;
    private RefundStatus status = RefundStatus.WAIT_SELLER_AGREE;
    private long version = 1;
    private Instant modified;
    private boolean autoRefunded;
    private long refundedFen;
    private ReturnShipment returnShipment;
    private Intervention intervention;
    private ReturnAgreement returnAgreement;
    private boolean receiptExtended;
    private boolean shipmentCancelReported;
    private final List<EvidenceUpload> evidence = new ArrayList<>();
    private final List<Negotiation> negotiations = new ArrayList<>();
    private final List<ChatMessage> chat = new ArrayList<>();
    private final List<RefundAction> actions = new ArrayList<>();
    private final List<BuyerMessage> buyerMessages = new ArrayList<>();
    private final List<WebhookDelivery> webhooks = new ArrayList<>();

    public TaobaoRefund(RefundTerms terms, Instant deadline, SandboxPlatform platform) {
        this.refundId = terms.refundId();
        this.shopId = terms.shopId();
        this.platform = platform;
        this.terms = terms;
        this.originalAmountFen = terms.amountFen();
        this.deadline = deadline;
        this.modified = terms.created();
    }

    public String refundId() {
        return refundId;
    }

    public String shopId() {
        return shopId;
    }

    public SandboxPlatform platform() {
        return platform;
    }

    public synchronized RefundSnapshot snapshot() {
        return new RefundSnapshot(terms, originalAmountFen, status, version, deadline, modified, autoRefunded,
                refundedFen, returnShipment, intervention, returnAgreement, receiptExtended, List.copyOf(evidence),
                List.copyOf(negotiations), List.copyOf(chat), List.copyOf(actions), List.copyOf(buyerMessages),
                List.copyOf(webhooks), platform);
    }

    /**
     * The merchant agrees (taobao.rp.refunds.agree). A refused entry changes nothing, and a retry of
     * an agreement that already went through is refused too: the platform never pays twice.
     */
    public synchronized CallResult agree(AgreeRequest request, Instant now) {
        if (status == RefundStatus.SUCCESS && request.amountFen() == refundedFen) {
            return CallResult.refused(refundId, "isv.refund-already-success", "refund already succeeded");
        }
        if (status.finished()) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (request.version() != version) {
            return versionMismatch(request.version());
        }
        if (request.amountFen() <= 0 || request.amountFen() > terms.amountFen()) {
            return CallResult.refused(refundId, "isv.refund-amount-invalid",
                    "amount must be in 1.." + terms.amountFen() + " fen, was " + request.amountFen());
        }
        String action = request.amountFen() < originalAmountFen
                ? RefundAction.AGREE_PARTIAL_REFUND : RefundAction.AGREE_REFUND;
        succeed(request.amountFen(), now);
        actions.add(new RefundAction(action, now, request.amountFen(), request.asParams()));
        return CallResult.success(refundId);
    }

    /** The merchant refuses with evidence (taobao.refund.refuse): no auto-refund any more. */
    public synchronized CallResult refuse(RefuseRequest request, Instant now) {
        if (status == RefundStatus.SELLER_REFUSE_BUYER) {
            return CallResult.refused(refundId, "isv.refund-already-refused", "refund already refused by the seller");
        }
        if (!status.merchantMayDecide()) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (request.version() != version) {
            return versionMismatch(request.version());
        }
        if (request.proof().isEmpty()) {
            return CallResult.refused(refundId, "isv.refuse-proof-required", "a refusal needs refuse_proof");
        }
        status = RefundStatus.SELLER_REFUSE_BUYER;
        version++;
        modified = now;
        actions.add(new RefundAction(RefundAction.REFUSE, now, 0, request.asParams()));
        return CallResult.success(refundId);
    }

    /** The merchant proposes something (协商); the deadline keeps running while the buyer thinks. */
    public synchronized CallResult negotiate(NegotiateRequest request, long negotiationId, long chatId, Instant now) {
        if (!status.waitsOnMerchant()) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (request.version() != version) {
            return versionMismatch(request.version());
        }
        if (pendingNegotiation().isPresent()) {
            return CallResult.refused(refundId, "isv.negotiation-pending",
                    "negotiation " + pendingNegotiation().get().id() + " still waits for the buyer's answer");
        }
        if (request.kind() == NegotiationKind.PARTIAL_REFUND
                && (request.amountFen() == null || request.amountFen() <= 0 || request.amountFen() > terms.amountFen())) {
            return CallResult.refused(refundId, "isv.refund-amount-invalid",
                    "refund_fee must be in 0.01.." + TaobaoWire.yuan(terms.amountFen()));
        }
        negotiations.add(Negotiation.proposed(negotiationId, request.kind(), request.amountFen(), request.message(),
                version, now));
        chat.add(new ChatMessage(chatId, ChatMessage.Role.SELLER, request.message(), List.of(), now,
                ChatMessage.NEGOTIATION));
        long amount = request.amountFen() == null ? 0 : request.amountFen();
        actions.add(new RefundAction(RefundAction.NEGOTIATE, now, amount, request.asParams(negotiationId)));
        return CallResult.success(refundId);
    }

    /**
     * The merchant agrees to take the goods back (taobao.rp.returngoods.agree): the buyer's turn to ship them,
     * with the platform's buyer deadline; the merchant's clock stops meanwhile. A retry of an agreement that
     * went through is told so first, whatever version it carries.
     */
    public synchronized CallResult agreeReturn(ReturnAgreement agreement, Instant buyerDeadline, Instant now) {
        if (returnAgreement != null && !status.finished()) {
            return CallResult.refused(refundId, "isv.return-already-agreed", "the return was agreed already");
        }
        if (!terms.type().goodsReturn()) {
            return CallResult.refused(refundId, "isv.refund-type-invalid", "a " + terms.type().billType()
                    + " has no goods to return");
        }
        if (status != RefundStatus.WAIT_SELLER_AGREE && status != RefundStatus.SELLER_REFUSE_BUYER) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (agreement.version() != version) {
            return versionMismatch(agreement.version());
        }
        lapseNegotiation(now);
        returnAgreement = agreement;
        status = RefundStatus.WAIT_BUYER_RETURN_GOODS;
        deadline = buyerDeadline;
        version++;
        modified = now;
        actions.add(new RefundAction(RefundAction.AGREE_RETURN, now, 0, Map.of("province", agreement.province(),
                "city", agreement.city(), "address", agreement.address(),
                "sellerPaysPostage", Boolean.toString(agreement.sellerPaysPostage()),
                "version", Long.toString(agreement.version()))));
        return CallResult.success(refundId);
    }

    /**
     * 换货发货 (taobao.exchange.consigngoods): the merchant received the exchange's return and shipped the
     * replacement; the request waits on the buyer's confirmation, no merchant deadline, nothing refunded.
     */
    public synchronized CallResult consignExchange(String carrier, String trackingNo, long givenVersion, Instant now) {
        if (status == RefundStatus.WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS) {
            return CallResult.refused(refundId, "isv.exchange-already-consigned", "the replacement was shipped already");
        }
        if (terms.type() != RefundType.EXCHANGE) {
            return CallResult.refused(refundId, "isv.refund-type-invalid", "a " + terms.type().billType()
                    + " is not an exchange");
        }
        if (status != RefundStatus.WAIT_SELLER_CONFIRM_GOODS) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status
                    + ": the replacement ships once the return is back");
        }
        if (givenVersion != version) {
            return versionMismatch(givenVersion);
        }
        status = RefundStatus.WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS;
        version++;
        modified = now;
        actions.add(new RefundAction(RefundAction.EXCHANGE_SHIPPED, now, 0, Map.of("carrier", carrier == null ? ""
                : carrier, "trackingNo", trackingNo, "version", Long.toString(givenVersion))));
        return CallResult.success(refundId);
    }

    /**
     * 延长收货时间: the merchant's receipt deadline moves by {@code extension}, once per refund and only while
     * the return waits for the merchant's receipt. The request itself does not change (no new version).
     */
    public synchronized CallResult extendReceipt(Duration extension, long givenVersion, Instant now) {
        if (receiptExtended) {
            return CallResult.refused(refundId, "isv.receipt-already-extended",
                    "the receipt time of this refund was extended already");
        }
        if (status != RefundStatus.WAIT_SELLER_CONFIRM_GOODS) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status
                    + ": only a return waiting for receipt can be extended");
        }
        if (givenVersion != version) {
            return versionMismatch(givenVersion);
        }
        receiptExtended = true;
        deadline = deadline.plus(extension);
        modified = now;
        actions.add(new RefundAction(RefundAction.EXTEND_RECEIPT, now, 0, Map.of("extension", extension.toString(),
                "deadline", deadline.toString(), "version", Long.toString(givenVersion))));
        return CallResult.success(refundId);
    }

    /**
     * The merchant reports that the shipment of a refund-only request was cancelled (取消发货: AliGenius, PDD PG,
     * Douyin 售后小助手), once. Waiting for the merchant or refunded already, never on a closed or refused request.
     * The sandbox plays no automatic refund on it: the merchant's agree still pays (ADR 0011).
     */
    public synchronized CallResult reportShipmentCancelled(long refundFen, Instant cancelledAt, Instant now) {
        if (shipmentCancelReported) {
            return CallResult.refused(refundId, "isv.shipment-cancel-reported",
                    "the cancelled shipment of this refund was reported already");
        }
        if (terms.type() != RefundType.REFUND_ONLY) {
            return CallResult.refused(refundId, "isv.refund-type-invalid", "a " + terms.type()
                    + " request has no shipment to cancel: only a refund-only request");
        }
        if (status != RefundStatus.WAIT_SELLER_AGREE && status != RefundStatus.SUCCESS) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (refundFen > terms.amountFen()) {
            return CallResult.refused(refundId, "isv.refund-amount-invalid", "refund fee " + refundFen
                    + " is above the request's " + terms.amountFen());
        }
        shipmentCancelReported = true;
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("cancelledAt", cancelledAt.toString());
        if (refundFen > 0) {
            params.put("refundFen", Long.toString(refundFen));
        }
        actions.add(new RefundAction(RefundAction.REPORT_SHIPMENT_CANCELLED, now, 0, params));
        return CallResult.success(refundId);
    }

    public synchronized boolean shipmentCancelReported() {
        return shipmentCancelReported;
    }

    /** The merchant uploads evidence (举证) while the refund is open and before the evidence deadline. */
    public synchronized CallResult uploadEvidence(EvidenceUpload upload, Instant now) {
        if (status.finished()) {
            return CallResult.refused(refundId, "isv.refund-status-invalid", "refund status is " + status);
        }
        if (intervention != null && intervention.open() && intervention.evidenceDeadline().isBefore(now)) {
            return CallResult.refused(refundId, "isv.evidence-timeout", "the evidence deadline "
                    + intervention.evidenceDeadline() + " has passed");
        }
        evidence.add(upload);
        actions.add(RefundAction.evidenceUploaded(upload));
        return CallResult.success(refundId);
    }

    /** The buyer never shipped the agreed return: at the buyer's deadline the platform closes the request. */
    public synchronized boolean closeIfBuyerLate(Instant now) {
        if (status != RefundStatus.WAIT_BUYER_RETURN_GOODS || (intervention != null && intervention.open())
                || deadline.isAfter(now)) {
            return false;
        }
        close(now);
        actions.add(new RefundAction(RefundAction.AUTO_CLOSE, now, 0, Map.of()));
        return true;
    }

    /** 超时自动同意: the merchant let the deadline pass, the platform refunds in full. */
    public synchronized boolean autoRefundIfDue(Instant now) {
        if (!deadlineRuns() || deadline.isAfter(now)) {
            return false;
        }
        succeed(terms.amountFen(), now);
        autoRefunded = true;
        actions.add(new RefundAction(RefundAction.AUTO_REFUND, now, terms.amountFen(), Map.of()));
        return true;
    }

    /** The buyer withdraws the request (also while refused or negotiating). */
    public synchronized void closeByBuyer(Instant now) {
        requireOpen();
        close(now);
    }

    /** The buyer changes the request, or re-applies after a refusal: it waits on the merchant again. */
    public synchronized void modifyByBuyer(RefundChange change, Instant newDeadline, Instant now) {
        requireOpen();
        if (status == RefundStatus.WAIT_SELLER_CONFIRM_GOODS) {
            throw new ConflictException("RETURN_SHIPPED", "refund " + refundId + " has its return on the way");
        }
        RefundTerms changed = terms.with(change);
        if (changed.amountFen() > changed.orderPaidFen()) {
            throw new InvalidFieldException("amountFen", "must not exceed the order's paid amount ("
                    + changed.orderPaidFen() + ")");
        }
        if (changed.quantity() > changed.orderQuantity()) {
            throw new InvalidFieldException("quantity", "must not exceed the order's quantity ("
                    + changed.orderQuantity() + ")");
        }
        lapseNegotiation(now);
        returnAgreement = null; // a changed request is agreed (or not) afresh
        terms = changed;
        if (change.amountFen() != null) {
            originalAmountFen = changed.amountFen();
        }
        status = RefundStatus.WAIT_SELLER_AGREE;
        deadline = newDeadline;
        version++;
        modified = now;
    }

    /**
     * The buyer answers the pending negotiation. An accepted proposal changes the request (amount, type,
     * reason) with a new version, or closes it (ASK_TO_CANCEL); a refused one changes nothing but its record.
     */
    public synchronized Negotiation answerNegotiation(boolean accepted, Long amountFen, Instant reopenDeadline,
            Instant now) {
        Negotiation pending = pendingNegotiation().orElseThrow(() -> new ConflictException("NO_NEGOTIATION",
                "refund " + refundId + " has no negotiation waiting for an answer"));
        Long acceptedFen = null;
        if (accepted && pending.kind() == NegotiationKind.PARTIAL_REFUND) {
            acceptedFen = amountFen == null ? pending.amountFen() : amountFen;
            if (acceptedFen > terms.amountFen()) {
                throw new InvalidFieldException("amountFen", "must not exceed the requested amount ("
                        + terms.amountFen() + ")");
            }
        }
        Negotiation answer = pending.answered(accepted, acceptedFen, now);
        negotiations.set(negotiations.indexOf(pending), answer);
        if (accepted) {
            applyAccepted(answer, reopenDeadline, now);
        }
        return answer;
    }

    private void applyAccepted(Negotiation answer, Instant reopenDeadline, Instant now) {
        switch (answer.kind()) {
            case ASK_TO_CANCEL -> {
                close(now);
                return;
            }
            case ASK_EVIDENCE -> {
                return; // the buyer adds evidence in the chat; the request itself stays as it is
            }
            case PARTIAL_REFUND -> terms = terms.with(new RefundChange(null, null, answer.acceptedFen(), null));
            case CHANGE_TO_RETURN -> terms = terms.with(new RefundChange(RefundType.RETURN_AND_REFUND, null, null, null));
            case CHANGE_REASON -> terms = terms.with(new RefundChange(null, AGREED_BY_NEGOTIATION, null, null));
        }
        if (status == RefundStatus.SELLER_REFUSE_BUYER) {
            status = RefundStatus.WAIT_SELLER_AGREE; // an agreed change re-opens a refused request
            deadline = reopenDeadline;
        }
        version++;
        modified = now;
    }

    public synchronized ChatMessage buyerWrites(long id, String text, List<String> picUrls, Instant now) {
        requireOpen();
        ChatMessage message = new ChatMessage(id, ChatMessage.Role.BUYER, text, picUrls, now, ChatMessage.NORMAL);
        chat.add(message);
        return message;
    }

    /** The platform moves the merchant's deadline of the current stage. */
    public synchronized void moveDeadline(Instant newDeadline, Instant now) {
        if (!status.waitsOnMerchant()) {
            throw new ConflictException("NO_DEADLINE", "refund " + refundId + " is " + status
                    + ": no merchant deadline runs");
        }
        deadline = newDeadline;
        modified = now;
    }

    /** The buyer ships the goods back: the merchant's next deadline is to confirm receipt. */
    public synchronized void shipReturn(String carrier, String trackingNo, Instant newDeadline, Instant now) {
        requireOpen();
        if (!terms.type().goodsReturn()) {
            throw new ConflictException("NO_RETURN_EXPECTED", "refund " + refundId + " is " + terms.type()
                    + ": no goods come back");
        }
        if (status != RefundStatus.WAIT_SELLER_AGREE && status != RefundStatus.WAIT_BUYER_RETURN_GOODS) {
            throw new ConflictException("REFUND_NOT_WAITING", "refund " + refundId + " is " + status);
        }
        lapseNegotiation(now);
        returnShipment = new ReturnShipment(carrier, trackingNo, now);
        status = RefundStatus.WAIT_SELLER_CONFIRM_GOODS;
        deadline = newDeadline;
        version++;
        modified = now;
    }

    public synchronized void intervene(Instant evidenceDeadline, Instant now) {
        requireOpen();
        if (intervention != null) {
            throw new ConflictException("ALREADY_INTERVENED", "platform staff already handle refund " + refundId);
        }
        intervention = new Intervention(now, evidenceDeadline, null, null);
        modified = now;
    }

    /** Platform staff decide: for the buyer the platform pays, for the merchant the refund is closed. */
    public synchronized void decide(Intervention.VerdictFor verdict, Instant now) {
        requireOpen();
        Intervention current = intervention == null ? new Intervention(now, now, null, null) : intervention;
        intervention = current.decided(verdict, now);
        Map<String, String> params = Map.of("for", verdict.name());
        if (verdict == Intervention.VerdictFor.BUYER) {
            succeed(terms.amountFen(), now);
            actions.add(new RefundAction(RefundAction.PLATFORM_REFUND, now, terms.amountFen(), params));
        } else {
            close(now);
            actions.add(new RefundAction(RefundAction.PLATFORM_CLOSE, now, 0, params));
        }
    }

    /** The merchant writes to the buyer (taobao.refund.message.add): kept for the oracle and in the chat. */
    public synchronized BuyerMessage addMessage(long id, String text, Instant now) {
        BuyerMessage message = new BuyerMessage(id, now, text);
        buyerMessages.add(message);
        chat.add(new ChatMessage(id, ChatMessage.Role.SELLER, text, List.of(), now, ChatMessage.NORMAL));
        return message;
    }

    public synchronized void recordDelivery(WebhookDelivery delivery) {
        webhooks.add(delivery);
    }

    private boolean deadlineRuns() {
        return status.waitsOnMerchant() && (intervention == null || !intervention.open());
    }

    private Optional<Negotiation> pendingNegotiation() {
        return negotiations.stream().filter(Negotiation::pending).findFirst();
    }

    private void lapseNegotiation(Instant now) {
        pendingNegotiation().ifPresent(n -> negotiations.set(negotiations.indexOf(n), n.lapsed(now)));
    }

    private void requireOpen() {
        if (status.finished()) {
            throw new ConflictException("REFUND_NOT_OPEN", "refund " + refundId + " is " + status);
        }
    }

    private CallResult versionMismatch(long given) {
        return CallResult.refused(refundId, "isv.refund-version-mismatch",
                "refund_version is " + version + ", request carried " + given);
    }

    private void close(Instant now) {
        lapseNegotiation(now);
        status = RefundStatus.CLOSED;
        version++;
        modified = now;
    }

    private void succeed(long amountFen, Instant now) {
        lapseNegotiation(now);
        status = RefundStatus.SUCCESS;
        refundedFen = amountFen;
        version++;
        modified = now;
    }
}
