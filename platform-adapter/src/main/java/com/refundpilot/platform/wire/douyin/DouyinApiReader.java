package com.refundpilot.platform.wire.douyin;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.douyin.DouyinAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinChatMessage;
import com.refundpilot.platform.domain.douyin.DouyinComplaint;
import com.refundpilot.platform.domain.douyin.DouyinListedAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinNegotiation;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code data} of the open API's answers into the domain's records: {@code afterSale/Detail} (the Go SDK's
 * fields), and the sandbox's assumed negotiation list, chat and complaint. Unknown fields are ignored; a malformed
 * one is a {@link MalformedPayload} naming it.
 */
public final class DouyinApiReader {

    private DouyinApiReader() {
    }

    public static DouyinAfterSale afterSale(JsonNode data) {
        JsonNode process = object(data, "process_info", "process_info", true);
        JsonNode info = object(process, "after_sale_info", "process_info.after_sale_info", true);
        String at = "after_sale_info.";
        JsonNode logistics = object(process, "logistics_info", "process_info.logistics_info", false);
        JsonNode order = object(data, "order_info", "order_info", false);
        JsonNode sku = order == null ? null : order.path("sku_order_infos").path(0);
        return new DouyinAfterSale(
                DouyinFields.id(info, "after_sale_id", at + "after_sale_id", true),
                (int) DouyinFields.number(info, "after_sale_status", at + "after_sale_status", -1),
                (int) DouyinFields.number(info, "after_sale_type", at + "after_sale_type", -1),
                DouyinFields.number(info, "refund_total_amount", at + "refund_total_amount", 0),
                DouyinFields.number(info, "real_refund_amount", at + "real_refund_amount", 0),
                DouyinFields.seconds(info, "apply_time", at + "apply_time"),
                DouyinFields.number(info, "update_time", at + "update_time", 0),
                DouyinFields.text(info, "reason", at + "reason"),
                (int) DouyinFields.number(info, "after_sale_apply_count", at + "after_sale_apply_count", 1),
                DouyinFields.seconds(info, "status_deadline", at + "status_deadline"),
                info.hasNonNull("return_address") && info.get("return_address").isObject(),
                logistics == null ? null : parcel(logistics, "return"),
                logistics == null ? null : parcel(logistics, "exchange"),
                arbitration(object(process, "arbitrate_info", "process_info.arbitrate_info", false)),
                order == null ? null : DouyinFields.id(order, "shop_order_id", "order_info.shop_order_id", false),
                sku == null || !sku.isObject() ? 0 : DouyinFields.number(sku, "pay_amount", "sku.pay_amount", 0),
                sku == null || !sku.isObject() ? 0
                        : (int) DouyinFields.number(sku, "item_quantity", "sku.item_quantity", 0),
                sku == null || !sku.isObject() ? null : DouyinFields.text(sku, "shop_sku_code", "sku.shop_sku_code"),
                recordLogs(process.path("record_logs_list")));
    }

    /**
     * {@code afterSale/List}'s {@code data}: {@code items[].aftersale_info} (the SDKs' field names) and {@code has_more}.
     * An entry without its {@code aftersale_id} is malformed: it names no after-sale to read.
     */
    public static ChangePage<DouyinListedAfterSale> afterSaleList(JsonNode data) {
        JsonNode items = data.path("items");
        if (!items.isMissingNode() && !items.isNull() && !items.isArray()) {
            throw new MalformedPayload("items", "items must be an array");
        }
        List<DouyinListedAfterSale> listed = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode info = object(item, "aftersale_info", "items[].aftersale_info", true);
            String at = "items[].aftersale_info.";
            listed.add(new DouyinListedAfterSale(
                    DouyinFields.id(info, "aftersale_id", at + "aftersale_id", true),
                    (int) DouyinFields.number(info, "aftersale_status", at + "aftersale_status", -1),
                    (int) DouyinFields.number(info, "aftersale_type", at + "aftersale_type", -1),
                    DouyinFields.number(info, "update_time", at + "update_time", 0),
                    (int) DouyinFields.number(info, "arbitrate_status", at + "arbitrate_status", 0),
                    DouyinFields.id(info, "related_id", at + "related_id", false)));
        }
        return new ChangePage<>(listed, data.path("has_more").asBoolean(false));
    }

    public static List<DouyinNegotiation> negotiations(JsonNode data) {
        List<DouyinNegotiation> all = new ArrayList<>();
        for (JsonNode n : data.path("negotiations")) {
            String at = "negotiations[].";
            all.add(new DouyinNegotiation(DouyinFields.id(n, "negotiation_id", at + "negotiation_id", true),
                    (int) DouyinFields.number(n, "negotiate_type", at + "negotiate_type", 0),
                    n.hasNonNull("refund_amount") ? DouyinFields.number(n, "refund_amount", at + "refund_amount", 0)
                            : null,
                    DouyinFields.number(n, "update_time", at + "update_time", 0),
                    (int) DouyinFields.number(n, "status", at + "status", 0),
                    n.hasNonNull("accepted_amount")
                            ? DouyinFields.number(n, "accepted_amount", at + "accepted_amount", 0) : null,
                    DouyinFields.seconds(n, "answer_time", at + "answer_time")));
        }
        return all;
    }

    public static List<DouyinChatMessage> messages(JsonNode data) {
        List<DouyinChatMessage> all = new ArrayList<>();
        for (JsonNode m : data.path("messages")) {
            String at = "messages[].";
            List<String> images = new ArrayList<>();
            m.path("images").forEach(image -> images.add(image.asString("")));
            all.add(new DouyinChatMessage(DouyinFields.id(m, "message_id", at + "message_id", true),
                    (int) DouyinFields.number(m, "role", at + "role", 0), DouyinFields.text(m, "content",
                    at + "content"), images, DouyinFields.seconds(m, "create_time", at + "create_time")));
        }
        return all;
    }

    public static DouyinComplaint complaint(JsonNode c) {
        List<String> evidence = new ArrayList<>();
        c.path("evidence_list").forEach(e -> evidence.add(e.asString("")));
        return new DouyinComplaint(DouyinFields.id(c, "complaint_id", "complaint_id", true),
                DouyinFields.id(c, "p_id", "p_id", true), DouyinFields.id(c, "shop_id", "shop_id", false),
                (int) DouyinFields.number(c, "complaint_type", "complaint_type", 3),
                (int) DouyinFields.number(c, "status", "status", 0),
                DouyinFields.seconds(c, "create_time", "create_time"),
                DouyinFields.seconds(c, "update_time", "update_time"),
                DouyinFields.seconds(c, "deadline", "deadline"),
                DouyinFields.seconds(c, "promised_ship_time", "promised_ship_time"),
                DouyinFields.seconds(c, "ship_time", "ship_time"),
                c.hasNonNull("pay_amount") ? DouyinFields.number(c, "pay_amount", "pay_amount", 0) : null,
                new DouyinAfterSale.Arbitration((int) DouyinFields.number(c, "arbitrate_status", "arbitrate_status", 0),
                        DouyinFields.seconds(c, "arbitrate_status_deadline", "arbitrate_status_deadline"),
                        (int) DouyinFields.number(c, "arbitrate_conclusion", "arbitrate_conclusion", 0), null),
                (int) DouyinFields.number(c, "merchant_answer", "merchant_answer", 0), evidence);
    }

    private static DouyinAfterSale.Parcel parcel(JsonNode logistics, String name) {
        JsonNode parcel = logistics.get(name);
        if (parcel == null || !parcel.isObject()) {
            return null;
        }
        String at = "logistics_info." + name + ".";
        return new DouyinAfterSale.Parcel(DouyinFields.id(parcel, "tracking_no", at + "tracking_no", false),
                DouyinFields.text(parcel, "company_name", at + "company_name"),
                DouyinFields.seconds(parcel, "logistics_time", at + "logistics_time"));
    }

    /** {@code arbitrate_status_deadline} is epoch seconds as a string in the Go SDK. */
    private static DouyinAfterSale.Arbitration arbitration(JsonNode node) {
        if (node == null) {
            return DouyinAfterSale.Arbitration.NONE;
        }
        String at = "arbitrate_info.";
        Instant deadline = DouyinFields.seconds(node, "arbitrate_status_deadline", at + "arbitrate_status_deadline");
        return new DouyinAfterSale.Arbitration((int) DouyinFields.number(node, "arbitrate_status",
                at + "arbitrate_status", 0), deadline,
                (int) DouyinFields.number(node, "arbitrate_conclusion", at + "arbitrate_conclusion", 0),
                DouyinFields.seconds(node, "arbitrate_create_time", at + "arbitrate_create_time"));
    }

    private static List<DouyinAfterSale.RecordLog> recordLogs(JsonNode logs) {
        List<DouyinAfterSale.RecordLog> all = new ArrayList<>();
        for (JsonNode log : logs) {
            List<String> images = new ArrayList<>();
            log.path("images").forEach(image -> images.add(image.asString("")));
            all.add(new DouyinAfterSale.RecordLog(log.path("action").asString(""), log.path("role").asInt(0),
                    images));
        }
        return all;
    }

    private static JsonNode object(JsonNode node, String name, String field, boolean required) {
        JsonNode child = node == null ? null : node.get(name);
        if (child == null || child.isNull()) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return null;
        }
        if (!child.isObject()) {
            throw new MalformedPayload(field, field + " must be an object");
        }
        return child;
    }
}
