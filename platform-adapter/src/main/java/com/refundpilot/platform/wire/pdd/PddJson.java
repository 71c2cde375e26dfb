package com.refundpilot.platform.wire.pdd;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.pdd.PddAfterSale;
import com.refundpilot.platform.domain.pdd.PddChatMessage;
import com.refundpilot.platform.domain.pdd.PddComplaint;
import com.refundpilot.platform.domain.pdd.PddListedRefund;
import com.refundpilot.platform.domain.pdd.PddNegotiation;
import com.refundpilot.platform.domain.pdd.PddPush;
import com.refundpilot.platform.domain.pdd.PddTopics;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Pinduoduo's JSON: the message frame, field by field (a problem is a {@link MalformedPayload} naming the
 * field by its dotted path, {@code message.content.refund_id}), and the open API's answers. IDs come as numbers on
 * PDD and as strings on the sandbox: both are read as text. Unknown fields are ignored.
 */
public final class PddJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PddJson() {
    }

    /** A pushed frame {@code {id, commandType, message:{type, mallID, content}}}; {@code content} a JSON string. */
    public static PddPush push(byte[] body) {
        JsonNode frame = object(body, "body");
        String id = id(frame, "id", "id", true);
        JsonNode commandType = frame.get("commandType");
        if (commandType != null && !commandType.isNull() && !"Common".equals(commandType.asString(""))) {
            throw new MalformedPayload("commandType", "commandType must be Common for a message frame");
        }
        JsonNode message = frame.get("message");
        if (message == null || !message.isObject()) {
            throw new MalformedPayload("message", "message is required (an object)");
        }
        String type = text(message, "type", "message.type");
        JsonNode contentText = message.get("content");
        if (contentText == null || !contentText.isString()) {
            throw new MalformedPayload("message.content", "message.content is required (a JSON string)");
        }
        JsonNode content = object(contentText.asString().getBytes(StandardCharsets.UTF_8), "message.content");
        boolean complaint = PddTopics.aboutComplaint(type);
        String at = "message.content.";
        String refundId = complaint ? null : id(content, "refund_id", at + "refund_id", true);
        String complaintId = complaint ? id(content, "complaint_id", at + "complaint_id", true) : null;
        String tid = id(content, "tid", at + "tid", true);
        String mall = id(message, "mallID", "message.mallID", false);
        if (mall == null) {
            mall = id(content, "mall_id", at + "mall_id", false);
        }
        if (mall == null) {
            throw new MalformedPayload("message.mallID", "message.mallID (or content.mall_id) is required");
        }
        Long billType = number(content, "bill_type", at + "bill_type");
        return new PddPush(id, type, mall, refundId, complaintId, tid, billType == null ? null : billType.intValue(),
                number(content, "refund_fee", at + "refund_fee"), number(content, "modified", at + "modified"),
                number(content, "message_id", at + "message_id"),
                number(content, "negotiation_id", at + "negotiation_id"));
    }

    public static JsonNode object(byte[] bytes, String field) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new MalformedPayload(field, field + " must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new MalformedPayload(field, field + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** {@code pdd.refund.information.get}'s after-sale (the inner object). */
    public static PddAfterSale afterSale(JsonNode a) {
        return new PddAfterSale(
                idText(a.get("id")),
                idText(a.get("order_sn")),
                idText(a.get("mall_id")),
                a.path("after_sales_type").asInt(0),
                a.path("after_sales_status").asInt(0),
                a.path("after_sales_reason").asString(null),
                a.path("refund_amount").asLong(0),
                a.path("refunded_amount").asLong(0),
                a.path("goods_number").asInt(1),
                a.path("order_goods_number").asInt(0),
                a.path("order_amount").asLong(0),
                a.path("outer_id").asString(null),
                a.path("express_no").asString(null),
                a.path("shipping_name").asString(null),
                seconds(a.get("expire_time")),
                seconds(a.get("created_time")),
                a.path("updated_at").asLong(0),
                a.path("receipt_extended").asBoolean(false),
                a.hasNonNull("return_address"),
                a.path("intervention_status").asInt(0),
                seconds(a.get("intervention_evidence_deadline")),
                a.path("intervention_verdict").asString(null));
    }

    /**
     * A page of {@code pdd.refund.list.increment.get} ({@code refund_increment_get_response}): its rows, and whether
     * {@code total_count} says more follow this page. A row without its ID or update time names nothing to read
     * and is skipped.
     */
    public static ChangePage<PddListedRefund> refundPage(JsonNode response, int page, int pageSize) {
        List<PddListedRefund> rows = new ArrayList<>();
        for (JsonNode r : response.path("refund_list")) {
            String id = idText(r.get("id"));
            Long updated = wholeText(r.get("updated_time"));
            if (id == null || id.isBlank() || updated == null) {
                continue;
            }
            Long type = wholeText(r.get("after_sales_type"));
            Long status = wholeText(r.get("after_sales_status"));
            rows.add(new PddListedRefund(id, idText(r.get("order_sn")), type == null ? 0 : type.intValue(),
                    status == null ? 0 : status.intValue(), r.path("tracking_number").asString(null),
                    Instant.ofEpochSecond(updated)));
        }
        long total = response.path("total_count").asLong(0);
        return new ChangePage<>(rows, (long) page * pageSize < total);
    }

    public static List<PddChatMessage> chat(JsonNode messages) {
        List<PddChatMessage> all = new ArrayList<>();
        for (JsonNode m : messages) {
            List<String> images = new ArrayList<>();
            m.path("images").forEach(i -> images.add(i.asString("")));
            all.add(new PddChatMessage(m.path("message_id").asLong(), m.path("sender_role").asInt(0),
                    m.path("content").asString(""), images, seconds(m.get("created_time"))));
        }
        return all;
    }

    public static List<PddNegotiation> negotiations(JsonNode negotiations) {
        List<PddNegotiation> all = new ArrayList<>();
        for (JsonNode n : negotiations) {
            all.add(new PddNegotiation(n.path("negotiation_id").asLong(), n.path("negotiate_type").asString(""),
                    n.hasNonNull("refund_amount") ? n.get("refund_amount").asLong() : null,
                    n.path("message").asString(""), n.path("status").asString(""), seconds(n.get("created_time")),
                    seconds(n.get("answered_time")),
                    n.hasNonNull("accepted_amount") ? n.get("accepted_amount").asLong() : null));
        }
        return all;
    }

    public static PddComplaint complaint(JsonNode c) {
        return new PddComplaint(idText(c.get("complaint_id")), idText(c.get("order_sn")), idText(c.get("mall_id")),
                c.path("complaint_type").asInt(3), c.path("status").asInt(1), seconds(c.get("created_time")),
                c.path("updated_at").asLong(0), seconds(c.get("expire_time")), seconds(c.get("promised_ship_time")),
                seconds(c.get("shipping_time")), c.hasNonNull("order_amount") ? c.get("order_amount").asLong() : null,
                c.path("merchant_answer").asString(null), c.path("intervention_status").asInt(0),
                seconds(c.get("intervention_evidence_deadline")), c.path("intervention_verdict").asString(null));
    }

    /** Every reference of every evidence pack (each pack's {@code evidence} is comma-joined). */
    public static List<String> evidenceReferences(JsonNode evidences) {
        List<String> all = new ArrayList<>();
        for (JsonNode e : evidences) {
            for (String reference : e.path("evidence").asString("").split(",")) {
                if (!reference.isBlank()) {
                    all.add(reference.trim());
                }
            }
        }
        return all;
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedPayload(field, field + " is required");
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new MalformedPayload(field, field + " must be non-blank text");
        }
        return value.asString();
    }

    /** An ID: a whole number or non-blank text. */
    private static String id(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Long.toString(value.asLong());
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new MalformedPayload(field, field + " must be a whole number or non-blank text");
        }
        return value.asString();
    }

    /** An optional non-negative whole number. */
    private static Long number(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new MalformedPayload(field, field + " must be a non-negative whole number");
        }
        return value.asLong();
    }

    private static String idText(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? Long.toString(value.asLong()) : value.asString(null);
    }

    /** A whole number sent as a number or as text (the list states its numbers as strings), else null. */
    private static Long wholeText(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        try {
            return value.isString() ? Long.parseLong(value.asString().trim()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Instant seconds(JsonNode value) {
        return value == null || value.isNull() || !value.canConvertToLong() ? null
                : Instant.ofEpochSecond(value.asLong());
    }
}
