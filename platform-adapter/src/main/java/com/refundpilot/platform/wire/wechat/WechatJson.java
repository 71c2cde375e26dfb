package com.refundpilot.platform.wire.wechat;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.wechat.WechatAfterSale;
import com.refundpilot.platform.domain.wechat.WechatAfterSalePage;
import com.refundpilot.platform.domain.wechat.WechatDispute;
import com.refundpilot.platform.domain.wechat.WechatMessage;
import com.refundpilot.platform.domain.wechat.WechatNegotiation;
import com.refundpilot.platform.domain.wechat.WechatOrder;
import com.refundpilot.platform.domain.wechat.WechatOrderComplaint;
import com.refundpilot.platform.domain.wechat.WechatPush;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads WeChat's JSON — the push envelope, the decrypted event, the API's answers — field by field. A problem is a
 * {@link MalformedPayload} naming the field by its path ({@code finder_shop_aftersale_status_update.status}). IDs and
 * numbers are taken as JSON numbers or numeric strings (WeChat sends both); unknown fields are ignored.
 */
public final class WechatJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The push body in secure mode: the shop's username and the ciphertext. */
    public record Envelope(String toUserName, String encrypt) {
    }

    private WechatJson() {
    }

    public static Envelope envelope(byte[] body) {
        JsonNode root = object(body, "body");
        return new Envelope(text(root, "ToUserName", "ToUserName", false), text(root, "Encrypt", "Encrypt", true));
    }

    /** The decrypted event: its envelope fields, then the body object of the events the SOP uses. */
    public static WechatPush push(byte[] plaintext) {
        JsonNode root = object(plaintext, "Encrypt");
        String toUserName = text(root, "ToUserName", "ToUserName", true);
        long createTime = number(root, "CreateTime", "CreateTime", true);
        String event = text(root, "Event", "Event", true);
        return switch (event) {
            case WechatPush.AFTERSALE_UPDATE -> {
                String at = "finder_shop_aftersale_status_update";
                JsonNode b = child(root, at);
                String id = text(b, "after_sale_order_id", at + ".after_sale_order_id", true);
                yield new WechatPush(toUserName, createTime, event, id, id,
                        text(b, "order_id", at + ".order_id", false), text(b, "status", at + ".status", true));
            }
            case WechatPush.COMPLAINT_UPDATE -> {
                String at = "finder_shop_complaint";
                JsonNode b = child(root, at);
                yield new WechatPush(toUserName, createTime, event, text(b, "complaint_id", at + ".complaint_id", true),
                        text(b, "after_sale_order_id", at + ".after_sale_order_id", true),
                        text(b, "order_id", at + ".order_id", false),
                        Long.toString(number(b, "complaint_status", at + ".complaint_status", true)));
            }
            case WechatPush.ORDER_COMPLAINT_UPDATE -> {
                String at = "order_complaint_info";
                JsonNode b = child(root, at);
                yield new WechatPush(toUserName, createTime, event,
                        text(b, "order_complaint_id", at + ".order_complaint_id", true), null,
                        text(b, "order_id", at + ".order_id", false), text(b, "status", at + ".status", true));
            }
            default -> new WechatPush(toUserName, createTime, event, "", null, null, "");
        };
    }

    /** getaftersaleorder's {@code after_sale_order}. */
    public static WechatAfterSale afterSale(JsonNode a) {
        String at = "after_sale_order.";
        JsonNode product = a.path("product_info");
        JsonNode refund = a.path("refund_info");
        JsonNode back = a.path("return_info");
        JsonNode update = a.get("merchant_update_detail");
        List<String> media = new ArrayList<>();
        a.path("details").path("media_id_list").forEach(m -> media.add(m.asString("")));
        String skuCode = text(product, "sku_code", at + "product_info.sku_code", false);
        return new WechatAfterSale(
                text(a, "after_sale_order_id", at + "after_sale_order_id", true),
                text(a, "order_id", at + "order_id", true),
                text(a, "status", at + "status", true),
                text(a, "type", at + "type", true),
                text(a, "sub_type", at + "sub_type", false),
                text(a, "reason", at + "reason", false),
                text(a, "reason_text", at + "reason_text", false),
                number(refund, "amount", at + "refund_info.amount", true),
                (int) number(product, "count", at + "product_info.count", false),
                skuCode != null && !skuCode.isBlank() ? skuCode : text(product, "sku_id", at + "product_info.sku_id", false),
                (int) number(refund, "refund_reason", at + "refund_info.refund_reason", false),
                text(back, "waybill_id", at + "return_info.waybill_id", false),
                text(back, "delivery_id", at + "return_info.delivery_id", false),
                text(back, "delivery_name", at + "return_info.delivery_name", false),
                update == null || !update.isObject() ? null : negotiation(update, at + "merchant_update_detail."),
                media,
                text(a, "complaint_id", at + "complaint_id", false),
                number(a, "deadline", at + "deadline", false),
                number(a, "create_time", at + "create_time", false),
                number(a, "update_time", at + "update_time", false));
    }

    private static WechatNegotiation negotiation(JsonNode n, String at) {
        return new WechatNegotiation((int) number(n, "merchant_update_type", at + "merchant_update_type", true),
                (int) number(n, "old_after_sale_type", at + "old_after_sale_type", false),
                (int) number(n, "new_after_sale_type", at + "new_after_sale_type", false),
                number(n, "old_after_sale_amount", at + "old_after_sale_amount", false),
                number(n, "new_after_sale_amount", at + "new_after_sale_amount", false));
    }

    /** getcomplaintorder's answer: the status and every medium of its history. */
    public static WechatDispute dispute(String complaintId, JsonNode d) {
        List<String> media = new ArrayList<>();
        d.path("history").forEach(item -> item.path("media_id_list").forEach(m -> media.add(m.asString(""))));
        return new WechatDispute(complaintId, (int) number(d, "status", "status", true), media,
                number(d, "proof_deadline", "proof_deadline", false));
    }

    /** order/get's {@code order}: the order's price and its pieces. */
    public static WechatOrder order(JsonNode o) {
        JsonNode detail = o.path("order_detail");
        int pieces = 0;
        for (JsonNode product : detail.path("product_infos")) {
            pieces += (int) number(product, "sku_cnt", "order.order_detail.product_infos[].sku_cnt", false);
        }
        return new WechatOrder(text(o, "order_id", "order.order_id", false),
                number(detail.path("price_info"), "order_price", "order.order_detail.price_info.order_price", false),
                pieces);
    }

    public static List<WechatMessage> messages(JsonNode list) {
        List<WechatMessage> messages = new ArrayList<>();
        for (JsonNode m : list) {
            List<String> media = new ArrayList<>();
            m.path("media_id_list").forEach(x -> media.add(x.asString("")));
            messages.add(new WechatMessage(text(m, "message_id", "message_list[].message_id", true),
                    (int) number(m, "sender_type", "message_list[].sender_type", true),
                    text(m, "content", "message_list[].content", false), media,
                    number(m, "create_time", "message_list[].create_time", false)));
        }
        return messages;
    }

    public static WechatOrderComplaint orderComplaint(JsonNode c) {
        String at = "order_complaint.";
        return new WechatOrderComplaint(text(c, "order_complaint_id", at + "order_complaint_id", true),
                text(c, "order_id", at + "order_id", true),
                (int) number(c, "complaint_type", at + "complaint_type", false),
                text(c, "status", at + "status", true),
                number(c, "create_time", at + "create_time", false),
                number(c, "update_time", at + "update_time", false),
                number(c, "deadline", at + "deadline", false),
                number(c, "promised_ship_time", at + "promised_ship_time", false),
                number(c, "ship_time", at + "ship_time", false),
                number(c, "order_price", at + "order_price", false),
                number(c, "proof_deadline", at + "proof_deadline", false),
                (int) number(c, "verdict", at + "verdict", false),
                (int) number(c, "merchant_answer", at + "merchant_answer", false));
    }

    /** {@code getaftersalelist}'s answer: the IDs of one page, and the key of the next one (null: none follows). */
    public static WechatAfterSalePage afterSalePage(JsonNode answer) {
        JsonNode list = answer.path("after_sale_order_id_list");
        if (!list.isArray()) {
            throw new MalformedPayload("after_sale_order_id_list", "after_sale_order_id_list must be an array");
        }
        List<String> ids = new ArrayList<>();
        list.forEach(id -> {
            if (!id.isString() && !id.isIntegralNumber()) {
                throw new MalformedPayload("after_sale_order_id_list[]", "an after-sale ID must be a string");
            }
            ids.add(id.asString());
        });
        boolean hasMore = answer.path("has_more").asBoolean(false);
        String nextKey = text(answer, "next_key", "next_key", false);
        if (hasMore && (nextKey == null || nextKey.isBlank())) {
            throw new MalformedPayload("next_key", "has_more without a next_key");
        }
        return new WechatAfterSalePage(ids, hasMore ? nextKey : null);
    }

    public static JsonNode object(byte[] bytes, String field) {
        try {
            JsonNode node = bytes == null || bytes.length == 0 ? null : JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new MalformedPayload(field, field + " must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new MalformedPayload(field, field + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode child(JsonNode node, String name) {
        JsonNode child = node.get(name);
        if (child == null || !child.isObject()) {
            throw new MalformedPayload(name, name + " is required (an object)");
        }
        return child;
    }

    /** Text, or a whole number written as text (WeChat's IDs come either way). */
    private static String text(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asString();
        }
        if (!value.isString() || (required && value.asString().isBlank())) {
            throw new MalformedPayload(field, field + " must be " + (required ? "non-blank " : "") + "text");
        }
        return value.asString();
    }

    /** A non-negative whole number, or one written as text; absent is 0 unless required. */
    private static long number(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return 0;
        }
        long number;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            number = value.asLong();
        } else if (value.isString() && value.asString().trim().matches("\\d{1,18}")) {
            number = Long.parseLong(value.asString().trim());
        } else {
            throw new MalformedPayload(field, field + " must be a whole number");
        }
        if (number < 0) {
            throw new MalformedPayload(field, field + " must not be negative");
        }
        return number;
    }
}
