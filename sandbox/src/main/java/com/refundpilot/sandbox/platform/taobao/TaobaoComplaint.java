package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer's complaint about an order. {@code actions} are the merchant's answers and evidence received for it and
 * the platform's verdict. The merchant answers once; platform staff may intervene and decide, as for refunds.
 * Every read and write is synchronized, like a refund's.
 */
public class TaobaoComplaint {

    private final String complaintId;
    private final String shopId;
    /** Which platform the complaint was filed on: whose paths, open API and pushes it belongs to. */
    private final SandboxPlatform platform;
    private final String orderId;
    private final ComplaintKind kind;
    private final Instant created;
    /** The platform's record of the order (CP-1): promised ship time and actual ship time, null when unknown. */
    private final Instant promisedShipBy;
    private final Instant shippedAt;
    /** What the buyer paid for the order (a compensation's base), null when not given. */
    private final Long orderPaidFen;
    private Instant deadline;
    private Instant modified;
    private ComplaintStatus status = ComplaintStatus.WAIT_SELLER_HANDLE;
    private ComplaintAnswer answer;
    private Intervention intervention;
    private final List<EvidenceUpload> evidence = new ArrayList<>();
    private final List<RefundAction> actions = new ArrayList<>();
    private final List<WebhookDelivery> webhooks = new ArrayList<>();

    public TaobaoComplaint(SandboxPlatform platform, String complaintId, String shopId, String orderId,
            ComplaintKind kind, Instant created, Instant deadline, Instant promisedShipBy, Instant shippedAt,
            Long orderPaidFen) {
        this.platform = platform;
        this.complaintId = complaintId;
        this.shopId = shopId;
        this.orderId = orderId;
        this.kind = kind;
        this.created = created;
        this.deadline = deadline;
        this.modified = created;
        this.promisedShipBy = promisedShipBy;
        this.shippedAt = shippedAt;
        this.orderPaidFen = orderPaidFen;
    }

    public String complaintId() {
        return complaintId;
    }

    public String shopId() {
        return shopId;
    }

    public String orderId() {
        return orderId;
    }

    public SandboxPlatform platform() {
        return platform;
    }

    public synchronized ComplaintView view(List<Integer> pushes) {
        return new ComplaintView(complaintId, shopId, orderId, kind, status.name(), created, deadline, promisedShipBy,
                shippedAt, answer == null ? null : answer.answer().name(), answer == null ? 0 : answer.compensationFen(),
                intervention, List.copyOf(actions), List.copyOf(webhooks), pushes);
    }

    /** A consistent copy, taken under the lock, for the wires that show the whole complaint (the generic one). */
    public synchronized ComplaintSnapshot snapshot() {
        return new ComplaintSnapshot(platform, complaintId, shopId, orderId, kind, status, created, modified, deadline,
                promisedShipBy, shippedAt, orderPaidFen, answer, intervention, List.copyOf(evidence));
    }

    /** The complaint as taobao.rp.complaint.get shows it: Taobao-style names, Beijing times, yuan. */
    public synchronized Map<String, Object> wire() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaint_id", complaintId);
        out.put("tid", orderId);
        out.put("seller_nick", shopId);
        out.put("complaint_type", kind.name());
        out.put("status", status.name());
        out.put("created", TaobaoWire.time(created));
        out.put("modified", TaobaoWire.time(modified));
        out.put("timeout", TaobaoWire.time(deadline));
        if (promisedShipBy != null) {
            out.put("promised_ship_time", TaobaoWire.time(promisedShipBy));
        }
        if (shippedAt != null) {
            out.put("consign_time", TaobaoWire.time(shippedAt));
        }
        if (orderPaidFen != null) {
            out.put("payment", TaobaoWire.yuan(orderPaidFen));
        }
        out.put("cs_status", intervention == null ? 1 : intervention.csStatus());
        if (intervention != null) {
            out.put("cs_evidence_timeout", TaobaoWire.time(intervention.evidenceDeadline()));
            if (intervention.verdict() != null) {
                out.put("cs_verdict", intervention.verdict().name()); // sandbox field: MERCHANT | BUYER
            }
        }
        if (answer != null) {
            out.put("seller_answer", answer.answer().name());
            out.put("compensation_fee", TaobaoWire.yuan(answer.compensationFen()));
        }
        return out;
    }

    /**
     * The merchant answers (once). A retry of an answer that went through is told so first; a complaint decided
     * by platform staff takes no answer any more.
     */
    public synchronized CallResult answer(ComplaintAnswer given) {
        if (answer != null) {
            return CallResult.refused(complaintId, "isv.complaint-already-answered",
                    "complaint already answered: " + answer.answer());
        }
        if (status != ComplaintStatus.WAIT_SELLER_HANDLE) {
            return CallResult.refused(complaintId, "isv.complaint-status-invalid", "complaint status is " + status);
        }
        answer = given;
        modified = given.at();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("note", given.note());
        if (given.answer() == ComplaintAnswer.Kind.ACCEPT) {
            status = ComplaintStatus.SELLER_ACCEPTED;
            params.put("compensationFen", Long.toString(given.compensationFen()));
            actions.add(new RefundAction(RefundAction.ACCEPT_COMPLAINT, given.at(), given.compensationFen(), params));
            if (given.compensationFen() > 0) {
                actions.add(new RefundAction(RefundAction.COMPENSATE, given.at(), given.compensationFen(),
                        Map.of("compensationFen", Long.toString(given.compensationFen()))));
            }
        } else {
            status = ComplaintStatus.SELLER_REJECTED;
            // TOP requires evidence with a rejection; the generic wire sends it separately, so it may be absent
            params.put("evidence", given.evidence() == null ? "" : given.evidence().wire());
            actions.add(new RefundAction(RefundAction.REJECT_COMPLAINT, given.at(), 0, params));
        }
        return CallResult.success(complaintId);
    }

    /** Evidence for the complaint, until platform staff decide it and before their evidence deadline. */
    public synchronized CallResult uploadEvidence(EvidenceUpload upload, Instant now) {
        if (status == ComplaintStatus.CLOSED) {
            return CallResult.refused(complaintId, "isv.complaint-status-invalid", "complaint status is " + status);
        }
        if (intervention != null && intervention.open() && intervention.evidenceDeadline().isBefore(now)) {
            return CallResult.refused(complaintId, "isv.evidence-timeout", "the evidence deadline "
                    + intervention.evidenceDeadline() + " has passed");
        }
        evidence.add(upload);
        actions.add(RefundAction.evidenceUploaded(upload));
        return CallResult.success(complaintId);
    }

    public synchronized List<EvidenceUpload> evidence() {
        return List.copyOf(evidence);
    }

    public synchronized void intervene(Instant evidenceDeadline, Instant now) {
        requireOpen();
        if (intervention != null) {
            throw new ConflictException("ALREADY_INTERVENED", "platform staff already handle complaint " + complaintId);
        }
        intervention = new Intervention(now, evidenceDeadline, null, null);
        modified = now;
    }

    /** Platform staff decide the complaint, with or without an intervention first: it is closed. */
    public synchronized void decide(Intervention.VerdictFor verdict, Instant now) {
        requireOpen();
        Intervention current = intervention == null ? new Intervention(now, now, null, null) : intervention;
        intervention = current.decided(verdict, now);
        status = ComplaintStatus.CLOSED;
        modified = now;
        actions.add(new RefundAction(RefundAction.PLATFORM_VERDICT, now, 0, Map.of("for", verdict.name())));
    }

    /** The platform moves the merchant's deadline to answer; only while the answer is awaited. */
    public synchronized void moveDeadline(Instant newDeadline, Instant now) {
        if (status != ComplaintStatus.WAIT_SELLER_HANDLE) {
            throw new ConflictException("NO_DEADLINE", "complaint " + complaintId + " is " + status
                    + ": no answer is awaited");
        }
        deadline = newDeadline;
        modified = now;
    }

    public synchronized void recordDelivery(WebhookDelivery delivery) {
        webhooks.add(delivery);
    }

    private void requireOpen() {
        if (status == ComplaintStatus.CLOSED) {
            throw new ConflictException("COMPLAINT_NOT_OPEN", "complaint " + complaintId + " was decided already");
        }
    }
}
