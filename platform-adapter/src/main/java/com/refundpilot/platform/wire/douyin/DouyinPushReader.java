package com.refundpilot.platform.wire.douyin;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.douyin.DouyinPushMessage;
import com.refundpilot.platform.domain.douyin.DouyinTags;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a push batch, {@code [{tag, msg_id, data}]} with {@code data} a JSON string, message by message. A body that
 * is not a JSON array is refused whole ({@link MalformedPayload} on {@code body}); a message that cannot be read is
 * reported with its index ({@code [1].data.aftersale_id}) and the others are still read, so the caller can keep them.
 */
public final class DouyinPushReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The readable messages, in batch order, and the first unreadable one's problem (null when none). */
    public record Batch(List<DouyinPushMessage> messages, MalformedPayload problem) {
    }

    private DouyinPushReader() {
    }

    public static Batch read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedPayload("body", "body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new MalformedPayload("body", "body must be a JSON array of messages");
        }
        List<DouyinPushMessage> messages = new ArrayList<>();
        MalformedPayload problem = null;
        for (int i = 0; i < root.size(); i++) {
            try {
                messages.add(message(root.get(i), i));
            } catch (MalformedPayload malformed) {
                problem = problem == null ? malformed : problem;
            }
        }
        if (root.isEmpty()) {
            problem = new MalformedPayload("body", "body holds no message");
        }
        return new Batch(messages, problem);
    }

    static DouyinPushMessage message(JsonNode node, int index) {
        String at = "[" + index + "]";
        if (node == null || !node.isObject()) {
            throw new MalformedPayload(at, at + " must be a message object");
        }
        String tag = DouyinFields.id(node, "tag", at + ".tag", true);
        if (!tag.matches("\\d{1,6}")) {
            throw new MalformedPayload(at + ".tag", at + ".tag must be digits, was '" + tag + "'");
        }
        String msgId = DouyinFields.id(node, "msg_id", at + ".msg_id", true);
        JsonNode data = data(node, at + ".data");
        String d = at + ".data.";
        boolean complaint = DouyinTags.aboutComplaint(tag);
        boolean afterSale = DouyinTags.aboutAfterSale(tag);
        DouyinFields.number(data, "refund_amount", d + "refund_amount", 0);
        return new DouyinPushMessage(index, tag, msgId,
                DouyinFields.id(data, "shop_id", d + "shop_id", complaint || afterSale),
                DouyinFields.id(data, "aftersale_id", d + "aftersale_id", afterSale),
                DouyinFields.id(data, "complaint_id", d + "complaint_id", complaint),
                DouyinFields.id(data, "p_id", d + "p_id", complaint),
                DouyinFields.id(data, "message_id", d + "message_id", DouyinTags.BUYER_MESSAGE.equals(tag)),
                DouyinFields.id(data, "negotiation_id", d + "negotiation_id",
                        DouyinTags.NEGOTIATION_ANSWERED.equals(tag)));
    }

    /** {@code data} is the message's object serialized as a string, as the Java SDK reads it. */
    private static JsonNode data(JsonNode node, String field) {
        JsonNode data = node.get("data");
        if (data == null || data.isNull()) {
            throw new MalformedPayload(field, field + " is required");
        }
        if (!data.isString()) {
            throw new MalformedPayload(field, field + " must be a JSON string holding the message's object");
        }
        try {
            JsonNode parsed = JSON.readTree(data.asString());
            if (parsed == null || !parsed.isObject()) {
                throw new MalformedPayload(field, field + " must hold a JSON object");
            }
            return parsed;
        } catch (JacksonException e) {
            throw new MalformedPayload(field, field + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
