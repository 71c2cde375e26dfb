package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.Map;

/** The refund as taobao.refund.get shows it: Taobao field names, yuan strings, Beijing times. */
final class TopRefundObject {

    private TopRefundObject() {
    }

    static Map<String, Object> of(RefundSnapshot refund) {
        RefundTerms terms = refund.terms();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("refund_id", terms.refundId());
        out.put("tid", terms.orderId());
        out.put("oid", terms.subOrderId());
        out.put("status", refund.status().name());
        out.put("good_status", refund.returnShipment() != null ? "BUYER_RETURNED_GOODS" : terms.type().goodStatus());
        out.put("has_good_return", terms.type().goodsReturn());
        out.put("bill_type", terms.type().billType());
        out.put("reship", terms.type().reship());
        out.put("refund_fee", TaobaoWire.yuan(terms.amountFen()));
        out.put("total_fee", TaobaoWire.yuan(terms.orderPaidFen()));
        out.put("num", terms.quantity());
        out.put("order_num", terms.orderQuantity());
        out.put("outer_id", terms.sku());
        out.put("reason", terms.reason());
        out.put("desc", terms.desc());
        out.put("buyer_nick", terms.buyerNick());
        out.put("seller_nick", terms.shopId());
        out.put("created", TaobaoWire.time(terms.created()));
        out.put("modified", TaobaoWire.time(refund.modified()));
        out.put("refund_phase", terms.phase());
        out.put("refund_version", refund.version());
        if (refund.returnAgreement() != null) {
            out.put("address", refund.returnAgreement().oneLine()); // 卖家收货地址, once the return is agreed
        }
        // Sandbox field: the receipt time was extended (延长收货时间 is allowed once)
        out.put("receipt_extended", refund.receiptExtended());
        if (refund.returnShipment() != null) {
            out.put("company_name", refund.returnShipment().carrier());
            out.put("sid", refund.returnShipment().trackingNo());
        }
        // cs_status: 1 no staff involved, 3 staff intervened, 6 staff finished (decided)
        Intervention intervention = refund.intervention();
        out.put("cs_status", intervention == null ? 1 : intervention.csStatus());
        if (intervention != null) {
            // Sandbox field: the evidence deadline of the intervention (PDD 待举证 style)
            out.put("cs_evidence_timeout", TaobaoWire.time(intervention.evidenceDeadline()));
        }
        Map<String, Object> remind = new LinkedHashMap<>();
        remind.put("remind_type", 1);
        // The deadline binds the merchant only while the refund waits on the merchant.
        remind.put("exist_timeout", refund.waitingOnMerchant());
        remind.put("timeout", TaobaoWire.time(refund.deadline()));
        out.put("refund_remind_timeout", remind);
        return out;
    }
}
