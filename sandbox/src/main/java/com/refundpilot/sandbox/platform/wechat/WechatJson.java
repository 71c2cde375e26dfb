package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.ComplaintAnswer;
import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.NegotiationKind;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import com.refundpilot.sandbox.platform.taobao.RefundType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WeChat's objects built from the model's snapshots (docs/platform-wire-formats/wechat.md §2, §6): epoch seconds,
 * integer fen, {@code deadline} as the seconds left of the current step at {@code now}.
 */
final class WechatJson {

    static final String OPENID = "o_sandbox_openid";
    static final String DISPUTE_PREFIX = "CP-";

    private WechatJson() {
    }

    static Map<String, Object> afterSale(RefundSnapshot refund, Instant now) {
        RefundTerms terms = refund.terms();
        String status = WechatStatuses.afterSale(refund);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("after_sale_order_id", terms.refundId());
        out.put("order_id", terms.orderId());
        out.put("status", status);
        out.put("type", WechatStatuses.type(refund));
        out.put("sub_type", terms.type() == RefundType.RESHIP ? "RESHIP" : "");
        out.put("openid", OPENID);
        out.put("reason", WechatStatuses.reasonCode(terms.reason()));
        out.put("reason_text", terms.reason());
        out.put("product_info", Map.of("product_id", "P-" + terms.orderId(), "sku_id", terms.sku(), "sku_code",
                terms.sku(), "count", terms.quantity()));
        out.put("details", Map.of("desc", terms.desc(), "receive_product", terms.type().goodsReturn(),
                "media_id_list", buyerMedia(refund), "cancel_time", 0));
        out.put("refund_info", Map.of("amount", terms.amountFen(), "refund_reason", WechatStatuses.refundReason(refund)));
        out.put("return_info", refund.returnShipment() == null
                ? Map.of("waybill_id", "", "delivery_id", "", "delivery_name", "")
                : Map.of("waybill_id", refund.returnShipment().trackingNo(), "delivery_id",
                        refund.returnShipment().carrier(), "delivery_name", refund.returnShipment().carrier()));
        out.put("merchant_upload_info", Map.of("reject_reason", "", "refund_certificates", List.of()));
        out.put("merchant_update_detail", status.equals(WechatStatuses.USER_WAIT_CONFIRM_UPDATE)
                ? pendingNegotiation(refund) : null);
        out.put("complaint_id", refund.intervention() == null ? "" : DISPUTE_PREFIX + terms.refundId());
        out.put("deadline", secondsLeft(refund, status, now));
        out.put("create_time", terms.created().getEpochSecond());
        out.put("update_time", updateTime(refund).getEpochSecond());
        return out;
    }

    /** Changes of the request, its status and its 协商 move it; a chat message does not. */
    static Instant updateTime(RefundSnapshot refund) {
        Instant latest = refund.modified();
        for (Negotiation n : refund.negotiations()) {
            latest = max(latest, n.proposed());
            if (n.answered() != null) {
                latest = max(latest, n.answered());
            }
        }
        return latest;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The merchant's step while it waits on them (not while staff intervene), the buyer's while she must ship. */
    private static long secondsLeft(RefundSnapshot refund, String status, Instant now) {
        boolean merchantStep = refund.status().waitsOnMerchant() && refund.waitingOnMerchant();
        boolean buyerStep = refund.status() == RefundStatus.WAIT_BUYER_RETURN_GOODS;
        if ((!merchantStep && !buyerStep) || refund.deadline() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(now, refund.deadline()).toSeconds());
    }

    private static List<String> buyerMedia(RefundSnapshot refund) {
        List<String> media = new ArrayList<>();
        refund.chat().stream().filter(m -> m.role() == ChatMessage.Role.BUYER).forEach(m -> media.addAll(m.picUrls()));
        return media;
    }

    /** The 协商 waiting on the buyer, in WeChat's fields (old = the request now, new = what it proposes). */
    private static Map<String, Object> pendingNegotiation(RefundSnapshot refund) {
        Negotiation pending = refund.negotiations().stream().filter(n -> n.state() == Negotiation.State.PENDING)
                .findFirst().orElseThrow();
        RefundTerms terms = refund.terms();
        int oldType = WechatStatuses.typeNumber(terms.type());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("merchant_update_type", WechatNegotiationKinds.updateType(pending.kind()));
        out.put("merchant_update_desc", pending.message());
        out.put("update_reason_type", WechatNegotiationKinds.reasonType(pending.kind()));
        out.put("old_after_sale_type", oldType);
        boolean toReturn = pending.kind() == NegotiationKind.CHANGE_TO_RETURN
                || (pending.kind() == NegotiationKind.PARTIAL_REFUND && terms.type() == RefundType.EXCHANGE);
        out.put("new_after_sale_type", toReturn ? 2 : oldType);
        out.put("old_after_sale_amount", terms.amountFen());
        out.put("new_after_sale_amount", pending.kind() == NegotiationKind.PARTIAL_REFUND && pending.amountFen() != null
                ? pending.amountFen() : terms.amountFen());
        out.put("media_ids", List.of());
        return out;
    }

    /** getcomplaintorder: the 纠纷单 of an after-sale staff intervened in; its history is the merchant's proofs. */
    static Map<String, Object> dispute(RefundSnapshot refund) {
        Intervention intervention = refund.intervention();
        List<Map<String, Object>> history = new ArrayList<>();
        history.add(Map.of("item_type", 1, "time", intervention.at().getEpochSecond(), "content", "买家申请平台介入",
                "media_id_list", List.of()));
        for (EvidenceUpload upload : refund.evidence()) {
            history.add(Map.of("item_type", 2, "time", upload.at().getEpochSecond(), "content", upload.note(),
                    "media_id_list", references(upload)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaint_id", DISPUTE_PREFIX + refund.terms().refundId());
        out.put("after_sale_order_id", refund.terms().refundId());
        out.put("order_id", refund.terms().orderId());
        out.put("status", WechatStatuses.dispute(intervention));
        out.put("history", history);
        out.put("proof_deadline", intervention.evidenceDeadline().getEpochSecond());
        return out;
    }

    static List<String> references(EvidenceUpload upload) {
        return upload.evidence().stream().map(i -> i.kind() + ":" + i.reference()).toList();
    }

    /** The after-sale's chat as the (assumed) message list: 1 the buyer, 2 the merchant. */
    static List<Map<String, Object>> messages(RefundSnapshot refund) {
        return refund.chat().stream().map(m -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("message_id", Long.toString(m.id()));
            out.put("sender_type", m.role() == ChatMessage.Role.BUYER ? 1 : 2);
            out.put("content", m.content());
            out.put("media_id_list", m.picUrls());
            out.put("create_time", m.created().getEpochSecond());
            return (Map<String, Object>) out;
        }).toList();
    }

    /** order/get, as far as the sandbox knows the order: what it cost and how many pieces of which SKU. */
    static Map<String, Object> order(RefundTerms terms) {
        return Map.of("order_id", terms.orderId(), "openid", OPENID, "order_detail", Map.of(
                "price_info", Map.of("order_price", terms.orderPaidFen(), "product_price", terms.orderPaidFen()),
                "product_infos", List.of(Map.of("product_id", "P-" + terms.orderId(), "sku_id", terms.sku(),
                        "sku_code", terms.sku(), "sku_cnt", terms.orderQuantity()))));
    }

    /** The assumed order complaint (投诉) object. */
    static Map<String, Object> orderComplaint(ComplaintSnapshot c, Instant now) {
        String status = complaintStatus(c);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("order_complaint_id", c.complaintId());
        out.put("order_id", c.orderId());
        out.put("complaint_type", switch (c.kind()) {
            case LATE_SHIPMENT -> 1;
            case SERVICE -> 2;
            case OTHER -> 3;
        });
        out.put("status", status);
        out.put("create_time", c.created().getEpochSecond());
        out.put("update_time", c.modified().getEpochSecond());
        out.put("deadline", status.equals("WAIT_MERCHANT_HANDLE") && c.deadline() != null
                ? Math.max(0, Duration.between(now, c.deadline()).toSeconds()) : 0);
        out.put("promised_ship_time", c.promisedShipBy() == null ? 0 : c.promisedShipBy().getEpochSecond());
        out.put("ship_time", c.shippedAt() == null ? 0 : c.shippedAt().getEpochSecond());
        out.put("order_price", c.orderPaidFen() == null ? 0 : c.orderPaidFen());
        out.put("proof_deadline", c.intervention() == null ? 0 : c.intervention().evidenceDeadline().getEpochSecond());
        out.put("verdict", c.intervention() == null || c.intervention().verdict() == null ? 0
                : c.intervention().verdict() == Intervention.VerdictFor.MERCHANT ? 1 : 2);
        out.put("merchant_answer", c.answer() == null ? 0
                : c.answer().answer() == ComplaintAnswer.Kind.ACCEPT ? 1 : 2);
        out.put("compensation_amount", c.answer() == null ? 0 : c.answer().compensationFen());
        return out;
    }

    /** Staff hold an open complaint as PLATFORM_HANDLING until they decide (CLOSED). */
    static String complaintStatus(ComplaintSnapshot c) {
        if (c.status() == ComplaintStatus.CLOSED) {
            return "CLOSED";
        }
        if (c.intervention() != null) {
            return "PLATFORM_HANDLING";
        }
        return switch (c.status()) {
            case WAIT_SELLER_HANDLE -> "WAIT_MERCHANT_HANDLE";
            case SELLER_ACCEPTED -> "MERCHANT_ACCEPTED";
            case SELLER_REJECTED -> "MERCHANT_REJECTED";
            case CLOSED -> "CLOSED";
        };
    }
}
