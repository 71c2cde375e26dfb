package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaint;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaints;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every WeChat API call passes here first: the access token (41001 / 40001 / 42001, nothing happens), then the call
 * is counted for the oracle by its path, and its body read. Only the WeChat shop's own refunds and complaints exist
 * for it: another platform's ID is 10020000 like an unknown one.
 */
@Component
class WechatGate {

    private final AccessTokens tokens;
    private final TaobaoMetrics metrics;
    private final TaobaoRefunds refunds;
    private final TaobaoComplaints complaints;
    private final JsonMapper json;

    WechatGate(AccessTokens tokens, TaobaoMetrics metrics, TaobaoRefunds refunds, TaobaoComplaints complaints,
            JsonMapper json) {
        this.tokens = tokens;
        this.metrics = metrics;
        this.refunds = refunds;
        this.complaints = complaints;
        this.json = json;
    }

    WechatBody admit(HttpServletRequest request, byte[] body) {
        tokens.check(request.getParameter("access_token"));
        metrics.methodCalled(SandboxPlatform.WECHAT_CHANNELS, request.getRequestURI());
        return WechatBody.parse(json, body);
    }

    TaobaoRefund refund(String afterSaleId) {
        return refunds.find(afterSaleId).filter(r -> r.platform() == SandboxPlatform.WECHAT_CHANNELS)
                .orElseThrow(() -> WechatApiException.notFound("after_sale_order_id", afterSaleId));
    }

    /** The refund a 纠纷单 ID ({@code CP-} + the after-sale's ID) stands for, once staff intervened in it. */
    TaobaoRefund disputed(String complaintId) {
        if (!complaintId.startsWith(WechatJson.DISPUTE_PREFIX)) {
            throw WechatApiException.notFound("complaint_id", complaintId);
        }
        TaobaoRefund refund = refunds.find(complaintId.substring(WechatJson.DISPUTE_PREFIX.length()))
                .filter(r -> r.platform() == SandboxPlatform.WECHAT_CHANNELS)
                .orElseThrow(() -> WechatApiException.notFound("complaint_id", complaintId));
        if (refund.snapshot().intervention() == null) {
            throw WechatApiException.notFound("complaint_id", complaintId);
        }
        return refund;
    }

    TaobaoComplaint orderComplaint(String id) {
        return complaints.find(id).filter(c -> c.platform() == SandboxPlatform.WECHAT_CHANNELS)
                .orElseThrow(() -> WechatApiException.notFound("order_complaint_id", id));
    }

    /** An order of the shop: the sandbox knows it through the after-sales filed on it. */
    TaobaoRefund anyRefundOfOrder(String orderId) {
        return refunds.all().stream().filter(r -> r.platform() == SandboxPlatform.WECHAT_CHANNELS)
                .filter(r -> r.snapshot().terms().orderId().equals(orderId)).findFirst()
                .orElseThrow(() -> WechatApiException.notFound("order_id", orderId));
    }
}
