package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.ChatMessage;
import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.Intervention;
import com.refundpilot.sandbox.platform.taobao.Negotiation;
import com.refundpilot.sandbox.platform.taobao.RefundAction;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import com.refundpilot.sandbox.platform.taobao.ReturnAgreement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The after-sale as {@code /afterSale/Detail} shows it (the Go SDK's field names): fen, epoch seconds, the status and
 * type numbers, {@code update_time} as the version. IDs are the sandbox's text IDs.
 */
final class DouyinAfterSaleJson {

    private static final Set<String> PLATFORM_ACTIONS = Set.of(RefundAction.AUTO_REFUND, RefundAction.AUTO_CLOSE,
            RefundAction.PLATFORM_REFUND, RefundAction.PLATFORM_CLOSE);

    private DouyinAfterSaleJson() {
    }

    static Map<String, Object> detail(RefundSnapshot refund, long updateTime, boolean withRecords) {
        Map<String, Object> process = new LinkedHashMap<>();
        process.put("after_sale_info", afterSaleInfo(refund, updateTime));
        process.put("arbitrate_info", arbitrateInfo(refund));
        process.put("logistics_info", logisticsInfo(refund));
        process.put("record_logs_list", withRecords ? recordLogs(refund) : List.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("process_info", process);
        data.put("order_info", orderInfo(refund.terms()));
        return data;
    }

    private static Map<String, Object> afterSaleInfo(RefundSnapshot refund, long updateTime) {
        RefundTerms terms = refund.terms();
        int status = DouyinCodes.status(refund);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("after_sale_id", terms.refundId());
        out.put("after_sale_status", status);
        out.put("after_sale_status_desc", DouyinCodes.statusText(status));
        out.put("after_sale_type", DouyinCodes.type(terms.type()));
        out.put("after_sale_type_text", DouyinCodes.typeText(terms.type()));
        out.put("refund_status", refund.status() == RefundStatus.SUCCESS ? 3 : 1);
        out.put("refund_total_amount", terms.amountFen());
        out.put("refund_post_amount", 0);
        out.put("real_refund_amount", refund.refundedFen());
        out.put("apply_time", DouyinTime.seconds(terms.created()));
        out.put("update_time", updateTime);
        out.put("reason", terms.reason());
        out.put("reason_code", 0);
        out.put("reason_remark", terms.desc());
        out.put("after_sale_apply_count", terms.quantity());
        out.put("need_return_count", terms.type().goodsReturn() ? terms.quantity() : 0);
        out.put("status_deadline", DouyinAfterSales.statusDeadline(refund));
        out.put("return_address", returnAddress(refund.returnAgreement()));
        out.put("got_pkg", terms.type().goodsReturn() ? 1 : 0);
        out.put("part_type", refund.refundedFen() > 0 && refund.refundedFen() < refund.originalAmountFen() ? 1 : 0);
        return out;
    }

    private static Map<String, Object> returnAddress(ReturnAgreement agreement) {
        if (agreement == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("province", Map.of("name", agreement.province()));
        out.put("city", Map.of("name", agreement.city()));
        out.put("detail", agreement.address());
        return out;
    }

    private static Map<String, Object> arbitrateInfo(RefundSnapshot refund) {
        Intervention intervention = refund.intervention();
        if (intervention == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("arbitrate_id", DouyinAfterSales.arbitrateId(refund.terms().refundId()));
        out.put("arbitrate_status", DouyinAfterSales.arbitrateStatus(intervention));
        out.put("arbitrate_status_deadline", Long.toString(DouyinTime.seconds(intervention.evidenceDeadline())));
        out.put("arbitrate_conclusion", DouyinAfterSales.conclusion(intervention));
        out.put("arbitrate_blame", switch (DouyinAfterSales.conclusion(intervention)) {
            case 1 -> 1; // the merchant is to blame
            case 2 -> 2; // the buyer is
            default -> 0;
        });
        out.put("arbitrate_create_time", DouyinTime.seconds(intervention.at()));
        out.put("arbitrate_update_time", DouyinTime.seconds(intervention.decidedAt() == null ? intervention.at()
                : intervention.decidedAt()));
        return out;
    }

    private static Map<String, Object> logisticsInfo(RefundSnapshot refund) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("return", refund.returnShipment() == null ? null : parcel(refund.returnShipment().carrier(),
                refund.returnShipment().trackingNo(), DouyinTime.seconds(refund.returnShipment().at())));
        out.put("exchange", refund.actions().stream().filter(a -> a.action().equals(RefundAction.EXCHANGE_SHIPPED))
                .findFirst().map(a -> parcel(a.params().get("carrier"), a.params().get("trackingNo"),
                        DouyinTime.seconds(a.at()))).orElse(null));
        return out;
    }

    private static Map<String, Object> parcel(String carrier, String trackingNo, long at) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracking_no", trackingNo);
        out.put("company_name", carrier == null ? "" : carrier);
        out.put("company_code", carrier == null ? "" : carrier);
        out.put("logistics_time", at);
        return out;
    }

    /** 协商记录: the merchant's and the platform's decisions, oldest first; evidence packs show their images. */
    private static List<Map<String, Object>> recordLogs(RefundSnapshot refund) {
        List<Map<String, Object>> logs = new ArrayList<>();
        for (RefundAction action : refund.actions()) {
            boolean platform = PLATFORM_ACTIONS.contains(action.action());
            Map<String, Object> log = new LinkedHashMap<>();
            log.put("operator", platform ? "平台" : "商家");
            log.put("time", DouyinTime.wallClock(action.at()));
            log.put("text", action.params().getOrDefault("note", action.action()));
            log.put("images", images(refund, action));
            log.put("action", action.action());
            log.put("role", platform ? 3 : 2);
            logs.add(log);
        }
        return logs;
    }

    private static List<String> images(RefundSnapshot refund, RefundAction action) {
        if (!action.action().equals(RefundAction.UPLOAD_EVIDENCE)) {
            return List.of();
        }
        String id = action.params().get("evidenceId");
        return refund.evidence().stream().filter(e -> Long.toString(e.id()).equals(id)).findFirst()
                .map(e -> e.evidence().stream().map(EvidenceUpload.Item::reference).toList()).orElse(List.of());
    }

    private static Map<String, Object> orderInfo(RefundTerms terms) {
        Map<String, Object> sku = new LinkedHashMap<>();
        sku.put("sku_order_id", terms.subOrderId());
        sku.put("pay_amount", terms.orderPaidFen());
        sku.put("item_quantity", terms.orderQuantity());
        sku.put("shop_sku_code", terms.sku());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("shop_order_id", terms.orderId());
        out.put("sku_order_infos", List.of(sku));
        return out;
    }

    /** Sandbox assumption ({@code afterSale/negotiationList}): 0 pending, 1 accepted, 2 rejected, 3 lapsed. */
    static Map<String, Object> negotiation(Negotiation negotiation, long proposedAtUpdateTime) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("negotiation_id", Long.toString(negotiation.id()));
        out.put("negotiate_type", DouyinCodes.negotiateType(negotiation.kind()));
        out.put("refund_amount", negotiation.amountFen());
        out.put("message", negotiation.message());
        out.put("update_time", proposedAtUpdateTime);
        out.put("status", negotiation.state().ordinal());
        out.put("accepted_amount", negotiation.acceptedFen());
        out.put("create_time", DouyinTime.seconds(negotiation.proposed()));
        out.put("answer_time", negotiation.answered() == null ? null : DouyinTime.seconds(negotiation.answered()));
        return out;
    }

    /** Sandbox assumption ({@code afterSale/messageList}): role 1 buyer, 2 merchant, 3 platform. */
    static Map<String, Object> message(ChatMessage message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message_id", Long.toString(message.id()));
        out.put("role", Integer.parseInt(message.role().wire()));
        out.put("content", message.content());
        out.put("images", message.picUrls());
        out.put("type", message.type());
        out.put("create_time", DouyinTime.seconds(message.created()));
        return out;
    }
}
