package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaint;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaints;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import org.springframework.stereotype.Component;

/**
 * The after-sales and complaints the Douyin API may reach: Douyin's own, of the token's shop. Any other is as unknown
 * as a missing one (20000 存在无效的售后单), so no other platform's or shop's refund is ever touched through here.
 */
@Component
class DouyinBook {

    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;

    DouyinBook(TaobaoRefunds refunds, TaobaoComplaints complaints) {
        this.refunds = refunds;
        this.complaints = complaints;
    }

    TaobaoRefund afterSale(String shopId, String afterSaleId) {
        return refunds.find(afterSaleId)
                .filter(r -> r.platform() == SandboxPlatform.DOUYIN && r.shopId().equals(shopId))
                .orElseThrow(() -> DouyinApiException.notFound("售后单", afterSaleId));
    }

    TaobaoComplaint complaint(String shopId, String complaintId) {
        return complaints.find(complaintId)
                .filter(c -> c.platform() == SandboxPlatform.DOUYIN && c.shopId().equals(shopId))
                .orElseThrow(() -> DouyinApiException.notFound("投诉单", complaintId));
    }
}
