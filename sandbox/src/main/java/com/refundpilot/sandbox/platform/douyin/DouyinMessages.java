package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.ComplaintSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefundTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Douyin push batches from the model's snapshots: the common fields of every {@code doudian_refund_*} message
 * (IDs, status, type, amounts, {@code update_time}) plus each tag's own. Built when the change happens, so the data is
 * the after-sale as it stood then.
 */
@Component
class DouyinMessages {

    private final JsonMapper json;
    private final DouyinVersions versions;

    DouyinMessages(JsonMapper json, DouyinVersions versions) {
        this.json = json;
        this.versions = versions;
    }

    /**
     * The batch for one change, named by its TMC topic; a staff verdict's refund or closure comes right after the
     * verdict itself (216 ArbitrateAudited), in the same batch. {@code echoes} go first: the platform's own messages
     * about the merchant's call (201 RefundAgreed before 206 RefundSuccess, …).
     */
    DouyinBatch refund(String topic, RefundSnapshot refund, Map<String, Object> extra, List<DouyinTag> echoes) {
        List<DouyinMessage> messages = new ArrayList<>();
        for (DouyinTag echo : echoes) {
            messages.add(message(echo, refund, Map.of()));
        }
        DouyinTag tag = DouyinTag.of(topic);
        if ((tag == DouyinTag.REFUND_SUCCESS || tag == DouyinTag.REFUND_CLOSED) && DouyinAfterSales.decidedByStaff(refund)) {
            messages.add(message(DouyinTag.ARBITRATE_AUDITED, refund, Map.of()));
        }
        messages.add(message(tag, refund, extra));
        return new DouyinBatch(refund.terms().refundId(), null, messages, body(messages));
    }

    /** Only the platform's echoes of a merchant call that changes nothing else worth a message. */
    DouyinBatch echoes(RefundSnapshot refund, List<DouyinTag> echoes) {
        List<DouyinMessage> messages = echoes.stream().map(echo -> message(echo, refund, Map.of())).toList();
        return new DouyinBatch(refund.terms().refundId(), null, messages, body(messages));
    }

    /** Complaint messages (sandbox assumption) carry the complaint's ID, the order and the shop. */
    DouyinBatch complaint(String topic, ComplaintSnapshot complaint) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("complaint_id", complaint.complaintId());
        data.put("p_id", complaint.orderId());
        data.put("shop_id", complaint.shopId());
        data.put("complaint_status", DouyinCodes.complaintStatus(complaint.status()));
        data.put("update_time", DouyinTime.iso(DouyinTime.seconds(complaint.modified())));
        List<DouyinMessage> messages = List.of(new DouyinMessage(DouyinTag.of(topic), newMsgId(),
                json.writeValueAsString(data)));
        return new DouyinBatch(null, complaint.complaintId(), messages, body(messages));
    }

    private DouyinMessage message(DouyinTag tag, RefundSnapshot refund, Map<String, Object> extra) {
        RefundTerms terms = refund.terms();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("p_id", terms.orderId());
        data.put("s_id", terms.subOrderId());
        data.put("shop_id", terms.shopId());
        data.put("aftersale_id", terms.refundId());
        data.put("aftersale_status", DouyinCodes.status(refund));
        data.put("aftersale_type", DouyinCodes.type(terms.type()));
        data.put("refund_amount", terms.amountFen());
        data.put("refund_post_amount", 0);
        data.put("refund_voucher_num", 0);
        data.put("reason_code", 0);
        switch (tag) {
            case REFUND_CREATED -> data.put("apply_time", DouyinTime.seconds(terms.created()));
            case REFUND_MODIFIED -> data.put("modify_time", DouyinTime.seconds(refund.modified()));
            case BUYER_RETURN_GOODS -> {
                data.put("logistics", refund.returnShipment() == null ? "" : refund.returnShipment().trackingNo());
                data.put("return_time", refund.returnShipment() == null ? 0
                        : DouyinTime.seconds(refund.returnShipment().at()));
            }
            case EXPIRATION_CHANGE -> data.put("status_deadline", DouyinAfterSales.statusDeadline(refund));
            case REFUND_SUCCESS -> data.put("success_time", DouyinTime.seconds(refund.modified()));
            case REFUND_CLOSED -> data.put("close_time", DouyinTime.seconds(refund.modified()));
            case ARBITRATE_AUDITED, ARBITRATE_SERVICE_INTERVENE -> {
                data.put("arbitrate_id", DouyinAfterSales.arbitrateId(terms.refundId()));
                data.put("arbitrate_status", DouyinAfterSales.arbitrateStatus(refund.intervention()));
                if (tag == DouyinTag.ARBITRATE_AUDITED) {
                    data.put("arbitrate_conclusion", DouyinAfterSales.conclusion(refund.intervention()));
                }
            }
            default -> { }
        }
        data.put("update_time", DouyinTime.iso(versions.updateTime(refund)));
        data.putAll(extra);
        return new DouyinMessage(tag, newMsgId(), json.writeValueAsString(data));
    }

    private byte[] body(List<DouyinMessage> messages) {
        return json.writeValueAsBytes(messages.stream().map(DouyinMessage::wire).toList());
    }

    /** Unique across sandbox restarts too: the merchant keeps message IDs for good. */
    private static String newMsgId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
