package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.RefundAction;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import com.refundpilot.sandbox.platform.taobao.ReturnAgreement;
import com.refundpilot.sandbox.platform.taobao.TaobaoWire;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * JD's objects built from the model's snapshots: the service bill of {@code jingdong.asc.query.view} (with the refund
 * application inside for a refund-only request) and the complaint (docs/platform-wire-formats/jd.md §2). Yuan as
 * two-decimal strings, Beijing times, every field present (null when it has no value).
 */
final class JdBills {

    static final String OPERATOR_MERCHANT = "商家";
    static final String OPERATOR_TIMEOUT = "系统超时自动审核";
    static final String OPERATOR_JD = "京东客服";

    private JdBills() {
    }

    static Map<String, Object> bill(RefundSnapshot refund) {
        RefundTerms terms = refund.terms();
        JdCodes.Expect expect = JdCodes.Expect.of(terms.type());
        int step = JdCodes.step(refund.status());
        JdReasons.Reason reason = JdReasons.of(terms.reason());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("serviceId", terms.refundId());
        out.put("orderId", terms.orderId());
        out.put("buId", terms.shopId());
        out.put("customerPin", terms.buyerNick());
        out.put("customerExpect", expect.code);
        out.put("customerExpectName", expect.name);
        out.put("afsServiceStep", step);
        out.put("afsServiceStepName", JdCodes.stepName(step));
        out.put("sysVersion", refund.version());
        out.put("questionTypeCid1", reason.cid());
        out.put("questionTypeName", reason.name());
        out.put("questionDesc", terms.desc());
        out.put("applyRefundSum", TaobaoWire.yuan(terms.amountFen()));
        out.put("refundSum", TaobaoWire.yuan(refund.refundedFen()));
        out.put("serviceCount", terms.quantity());
        out.put("orderWareNum", terms.orderQuantity());
        out.put("orderPayment", TaobaoWire.yuan(terms.orderPaidFen()));
        out.put("outerSkuId", terms.sku());
        out.put("afsApplyTime", time(terms.created()));
        out.put("modifiedTime", time(refund.modified()));
        // Only a deadline that binds the merchant: not the buyer's, not while JD's staff decide
        out.put("processExpireTime", refund.waitingOnMerchant() ? time(refund.deadline()) : null);
        out.put("customerSendExpireTime", refund.status() == RefundStatus.WAIT_BUYER_RETURN_GOODS
                ? time(refund.deadline()) : null);
        out.put("returnExpress", refund.returnShipment() == null ? null : Map.of(
                "expressCompany", refund.returnShipment().carrier(),
                "expressCode", refund.returnShipment().trackingNo()));
        out.put("returnAddress", returnAddress(refund.returnAgreement()));
        out.put("receiveExtended", refund.receiptExtended());
        out.put("refundApply", expect == JdCodes.Expect.REFUND_ONLY ? refundApply(refund) : null);
        out.put("jdIntervene", intervene(refund.intervention()));
        out.put("afsMessages", refund.chat().stream().map(m -> message(terms.refundId(), m)).toList());
        out.put("feedbacks", refund.negotiations().stream().map(JdBills::feedback).toList());
        out.put("evidences", refund.evidence().stream().map(JdBills::evidence).toList());
        return out;
    }

    /**
     * The refund application (退款审核单) as JD shows it: 0 未审核, 2 审核不通过, 3 京东财务审核通过 (the money went;
     * the sandbox's finance approval is immediate), 9 强制关单并退款 (JD staff decided for the buyer). A withdrawn
     * application keeps its last code.
     */
    static Map<String, Object> refundApply(RefundSnapshot refund) {
        RefundTerms terms = refund.terms();
        Optional<RefundAction> checked = refund.actions().stream().filter(a -> switch (a.action()) {
            case RefundAction.AGREE_REFUND, RefundAction.AGREE_PARTIAL_REFUND, RefundAction.REFUSE,
                    RefundAction.AUTO_REFUND, RefundAction.PLATFORM_REFUND -> true;
            default -> false;
        }).reduce((first, second) -> second);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", terms.refundId());
        out.put("orderId", terms.orderId());
        out.put("buyerId", terms.buyerNick());
        out.put("buyerName", terms.buyerNick());
        out.put("applyTime", time(terms.created()));
        out.put("applyRefundSum", BigDecimal.valueOf(terms.amountFen(), 2));
        // A request the buyer re-applied for waits on a new audit, whatever was decided before
        out.put("status", refund.status() == RefundStatus.WAIT_SELLER_AGREE ? 0
                : checked.map(JdBills::applicationStatus).orElse(0));
        out.put("checkTime", checked.map(a -> time(a.at())).orElse(null));
        out.put("checkUserName", checked.map(JdBills::operator).orElse(null));
        out.put("checkRemark", checked.filter(a -> a.action().equals(RefundAction.REFUSE))
                .map(a -> a.params().getOrDefault("reason", "")).orElse(""));
        return out;
    }

    private static int applicationStatus(RefundAction action) {
        return switch (action.action()) {
            case RefundAction.REFUSE -> 2;
            case RefundAction.PLATFORM_REFUND -> 9;
            default -> 3;
        };
    }

    private static String operator(RefundAction action) {
        return switch (action.action()) {
            case RefundAction.AUTO_REFUND -> OPERATOR_TIMEOUT;
            case RefundAction.PLATFORM_REFUND -> OPERATOR_JD;
            default -> OPERATOR_MERCHANT;
        };
    }

    static Map<String, Object> complaint(ComplaintSnapshot complaint) {
        int status = JdCodes.complaintStatus(complaint.status());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaintId", complaint.complaintId());
        out.put("orderId", complaint.orderId());
        out.put("buId", complaint.shopId());
        out.put("complaintType", JdCodes.complaintType(complaint.kind()));
        out.put("complaintTypeName", JdCodes.complaintTypeName(complaint.kind()));
        out.put("status", status);
        out.put("statusName", JdCodes.complaintStatusName(status));
        out.put("created", time(complaint.created()));
        out.put("modified", time(complaint.modified()));
        out.put("expireTime", status == 1 ? time(complaint.deadline()) : null);
        out.put("promiseShipTime", time(complaint.promisedShipBy()));
        out.put("outBoundTime", time(complaint.shippedAt()));
        out.put("orderPayment", complaint.orderPaidFen() == null ? null : TaobaoWire.yuan(complaint.orderPaidFen()));
        out.put("jdIntervene", intervene(complaint.intervention()));
        out.put("merchantAnswer", complaint.answer() == null ? null
                : complaint.answer().answer() == com.refundpilot.sandbox.platform.taobao.ComplaintAnswer.Kind.ACCEPT
                        ? 1 : 2);
        out.put("compensateSum", TaobaoWire.yuan(complaint.answer() == null ? 0 : complaint.answer().compensationFen()));
        out.put("evidences", complaint.evidence().stream().map(JdBills::evidence).toList());
        return out;
    }

    /** 1 介入中, 2 已判定; judgeResult 1 支持商家, 2 支持客户. */
    private static Map<String, Object> intervene(Intervention intervention) {
        if (intervention == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interveneStatus", intervention.verdict() == null ? 1 : 2);
        out.put("interveneTime", time(intervention.at()));
        out.put("evidenceExpireTime", time(intervention.evidenceDeadline()));
        out.put("judgeResult", intervention.verdict() == null ? null
                : intervention.verdict() == Intervention.VerdictFor.MERCHANT ? 1 : 2);
        out.put("judgeTime", time(intervention.decidedAt()));
        return out;
    }

    static Map<String, Object> message(String serviceId, ChatMessage message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("afsMessageId", message.id());
        out.put("afsServiceId", serviceId);
        out.put("title", JdCodes.title(message.role()));
        out.put("context", message.content());
        out.put("role", JdCodes.role(message.role()));
        out.put("picUrls", message.picUrls());
        out.put("created", time(message.created()));
        return out;
    }

    private static Map<String, Object> feedback(Negotiation negotiation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("feedbackId", negotiation.id());
        out.put("feedbackType", JdCodes.feedbackType(negotiation.kind()));
        out.put("refundSum", negotiation.amountFen() == null ? null : TaobaoWire.yuan(negotiation.amountFen()));
        out.put("context", negotiation.message());
        out.put("sysVersion", negotiation.refundVersion());
        out.put("status", JdCodes.feedbackStatus(negotiation.state()));
        out.put("created", time(negotiation.proposed()));
        out.put("answered", time(negotiation.answered()));
        out.put("acceptedSum", negotiation.acceptedFen() == null ? null : TaobaoWire.yuan(negotiation.acceptedFen()));
        return out;
    }

    private static Map<String, Object> evidence(EvidenceUpload upload) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evidenceId", upload.id());
        out.put("evidence", wire(upload.evidence()));
        out.put("note", upload.note());
        out.put("created", time(upload.at()));
        return out;
    }

    /** {@code KIND:reference} entries, comma-separated, as the merchant sent them. */
    static String wire(List<EvidenceUpload.Item> items) {
        return items.stream().map(i -> i.kind() + ":" + i.reference()).collect(Collectors.joining(","));
    }

    private static Map<String, Object> returnAddress(ReturnAgreement agreement) {
        if (agreement == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("returnProvince", agreement.province());
        out.put("returnCity", agreement.city());
        out.put("returnDetailAddress", agreement.address());
        out.put("returnContactName", agreement.contactName());
        out.put("returnContactTel", agreement.contactPhone());
        return out;
    }

    static String time(Instant instant) {
        return instant == null ? null : TaobaoWire.time(instant);
    }
}
