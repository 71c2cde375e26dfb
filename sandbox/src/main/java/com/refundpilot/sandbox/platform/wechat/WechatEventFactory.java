package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the plaintext events WeChat pushes: IDs and a status only (the merchant fetches the rest). The after-sale
 * update carries the status as the change left it; the 纠纷单 update its complaint status; the order complaint update
 * (a sandbox assumption) the complaint's status.
 */
@Component
class WechatEventFactory {

    static final String AFTERSALE_UPDATE = "channels_ec_aftersale_update";
    static final String COMPLAINT_UPDATE = "channels_ec_complaint_update";
    static final String ORDER_COMPLAINT_UPDATE = "channels_ec_order_complaint_update";

    private final JsonMapper json;
    private final Clock clock;

    WechatEventFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    WechatEvent afterSaleUpdate(RefundSnapshot refund) {
        String status = WechatStatuses.afterSale(refund);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("after_sale_order_id", refund.terms().refundId());
        body.put("order_id", refund.terms().orderId());
        return event(refund.terms().refundId(), null, AFTERSALE_UPDATE, "finder_shop_aftersale_status_update", body,
                refund.terms().refundId(), status, refund.terms().shopId());
    }

    WechatEvent disputeUpdate(RefundSnapshot refund) {
        int status = WechatStatuses.dispute(refund.intervention());
        String disputeId = WechatJson.DISPUTE_PREFIX + refund.terms().refundId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complaint_status", status);
        body.put("after_sale_order_id", refund.terms().refundId());
        body.put("complaint_id", disputeId);
        body.put("order_id", refund.terms().orderId());
        return event(refund.terms().refundId(), null, COMPLAINT_UPDATE, "finder_shop_complaint", body, disputeId,
                Integer.toString(status), refund.terms().shopId());
    }

    WechatEvent orderComplaintUpdate(ComplaintSnapshot complaint) {
        String status = WechatJson.complaintStatus(complaint);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_complaint_id", complaint.complaintId());
        body.put("order_id", complaint.orderId());
        body.put("status", status);
        return event(null, complaint.complaintId(), ORDER_COMPLAINT_UPDATE, "order_complaint_info", body,
                complaint.complaintId(), status, complaint.shopId());
    }

    private WechatEvent event(String refundId, String complaintId, String event, String bodyName,
            Map<String, Object> body, String subject, String status, String shopId) {
        long createTime = clock.instant().getEpochSecond();
        String toUserName = "gh_" + shopId;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("ToUserName", toUserName);
        message.put("FromUserName", WechatJson.OPENID);
        message.put("CreateTime", createTime);
        message.put("MsgType", "event");
        message.put("Event", event);
        message.put(bodyName, body);
        String key = event + ":" + subject + ":" + status + ":" + createTime;
        return new WechatEvent(refundId, complaintId, event, key, toUserName, json.writeValueAsBytes(message));
    }
}
