package com.refundpilot.platform.wire.jd;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.jd.JdBatch;
import com.refundpilot.platform.domain.jd.JdBill;
import com.refundpilot.platform.domain.jd.JdComplaint;
import com.refundpilot.platform.domain.jd.JdContent;
import com.refundpilot.platform.domain.jd.JdFeedback;
import com.refundpilot.platform.domain.jd.JdIntervene;
import com.refundpilot.platform.domain.jd.JdMessage;
import com.refundpilot.platform.domain.jd.JdTopics;
import com.refundpilot.platform.domain.jd.JdTrackMessage;
import com.refundpilot.platform.domain.jd.JdWire;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JD's JSON (pushes and API answers, docs/platform-wire-formats/jd.md) into its records. Every problem is a
 * {@link MalformedPayload} naming the field by its path ({@code messages[0].content.serviceId}); unknown fields are
 * ignored. JD's IDs are numbers and the sandbox's strings, so an ID may be either; money is yuan, read exactly
 * (BigDecimal, never a double) into fen. Values are never echoed into messages: they may be a buyer's words.
 */
public final class JdJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JdJson() {
    }

    public static JsonNode object(byte[] bytes, String field) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new MalformedPayload(field, field + " must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new MalformedPayload(field, field + " is not valid JSON");
        }
    }

    /** A push batch: {@code {"messages":[…1..20…]}}, each message's {@code content} a JSON string. */
    public static JdBatch batch(byte[] body) {
        JsonNode root = object(body, "body");
        JsonNode messages = root.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty() || messages.size() > JdBatch.MAX_MESSAGES) {
            throw new MalformedPayload("messages", "messages must be a list of 1.." + JdBatch.MAX_MESSAGES
                    + " messages");
        }
        List<JdMessage> read = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            read.add(message(messages.get(i), "messages[" + i + "]"));
        }
        return new JdBatch(read);
    }

    private static JdMessage message(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new MalformedPayload(at, at + " must be an object");
        }
        String msgId = id(node, "msgId", at + ".msgId", true);
        String topic = text(node, "topic", at + ".topic", true);
        String venderId = id(node, "venderId", at + ".venderId", true);
        String contentField = at + ".content";
        String contentText = text(node, "content", contentField, true);
        JsonNode content = object(contentText.getBytes(StandardCharsets.UTF_8), contentField);
        String c = contentField + ".";
        boolean complaint = JdTopics.aboutComplaint(topic);
        return new JdMessage(msgId, topic, venderId, new JdContent(
                complaint ? null : id(content, "serviceId", c + "serviceId", true),
                complaint ? id(content, "complaintId", c + "complaintId", true) : null,
                id(content, "orderId", c + "orderId", false),
                id(content, "venderId", c + "venderId", false),
                integer(content, "customerExpect", c + "customerExpect"),
                integer(content, "afsServiceStep", c + "afsServiceStep"),
                optionalNumber(content, "sysVersion", c + "sysVersion"),
                id(content, "afsMessageId", c + "afsMessageId", false),
                id(content, "feedbackId", c + "feedbackId", false),
                fen(content, "refundSum", c + "refundSum", false)));
    }

    /** The bill of {@code jingdong.asc.query.view}'s {@code result.data}. */
    public static JdBill bill(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new MalformedPayload(at.isEmpty() ? "data" : at, "the bill must be an object");
        }
        JsonNode express = node.get("returnExpress");
        JsonNode address = node.get("returnAddress");
        JsonNode application = node.get("refundApply");
        return new JdBill(
                id(node, "serviceId", at + "serviceId", true),
                id(node, "orderId", at + "orderId", true),
                id(node, "buId", at + "buId", false),
                whole(node, "customerExpect", at + "customerExpect", true, 0),
                whole(node, "afsServiceStep", at + "afsServiceStep", true, 0),
                number(node, "sysVersion", at + "sysVersion", true, 0),
                integer(node, "questionTypeCid1", at + "questionTypeCid1"),
                text(node, "questionTypeName", at + "questionTypeName", false),
                fen(node, "applyRefundSum", at + "applyRefundSum", true),
                orZero(fen(node, "refundSum", at + "refundSum", false)),
                whole(node, "serviceCount", at + "serviceCount", false, 1),
                whole(node, "orderWareNum", at + "orderWareNum", false, 0),
                orZero(fen(node, "orderPayment", at + "orderPayment", false)),
                text(node, "outerSkuId", at + "outerSkuId", false),
                time(node, "afsApplyTime", at + "afsApplyTime"),
                time(node, "modifiedTime", at + "modifiedTime"),
                time(node, "processExpireTime", at + "processExpireTime"),
                express != null && express.isObject()
                        ? text(express, "expressCompany", at + "returnExpress.expressCompany", false) : null,
                express != null && express.isObject()
                        ? text(express, "expressCode", at + "returnExpress.expressCode", true) : null,
                address != null && address.isObject(),
                node.path("receiveExtended").asBoolean(false),
                application != null && application.isObject()
                        ? whole(application, "status", at + "refundApply.status", true, 0) : null,
                intervene(node.get("jdIntervene"), at + "jdIntervene."),
                list(node, "afsMessages", at, JdJson::trackMessage),
                list(node, "feedbacks", at, JdJson::feedback),
                evidences(node, at));
    }

    /**
     * A page of {@code jingdong.asc.sync.list} ({@code pageResult}): each entry read as a bill, and whether
     * {@code totalCount} says more follow this page. An entry that is not a readable bill names nothing the sweep
     * could tell and is skipped (its own webhook may still tell it).
     */
    public static ChangePage<JdBill> billPage(JsonNode pageResult, int pageNumber, int pageSize) {
        List<JdBill> bills = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : pageResult.path("data")) {
            try {
                bills.add(bill(entry, "pageResult.data[" + i + "]."));
            } catch (MalformedPayload unreadable) {
                // skipped, see above
            }
            i++;
        }
        long total = pageResult.path("totalCount").asLong(0);
        return new ChangePage<>(bills, (long) pageNumber * pageSize < total);
    }

    /** The complaint of {@code jingdong.asc.complaint.view}'s {@code result.data}. */
    public static JdComplaint complaint(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new MalformedPayload(at.isEmpty() ? "data" : at, "the complaint must be an object");
        }
        return new JdComplaint(
                id(node, "complaintId", at + "complaintId", true),
                id(node, "orderId", at + "orderId", true),
                id(node, "buId", at + "buId", false),
                whole(node, "complaintType", at + "complaintType", false, 9),
                whole(node, "status", at + "status", true, 0),
                time(node, "created", at + "created"),
                time(node, "modified", at + "modified"),
                time(node, "expireTime", at + "expireTime"),
                time(node, "promiseShipTime", at + "promiseShipTime"),
                time(node, "outBoundTime", at + "outBoundTime"),
                fen(node, "orderPayment", at + "orderPayment", false),
                intervene(node.get("jdIntervene"), at + "jdIntervene."),
                integer(node, "merchantAnswer", at + "merchantAnswer"),
                evidences(node, at));
    }

    private static JdTrackMessage trackMessage(JsonNode node, String at) {
        List<String> pics = new ArrayList<>();
        node.path("picUrls").forEach(pic -> pics.add(pic.asString("")));
        return new JdTrackMessage(id(node, "afsMessageId", at + "afsMessageId", true),
                whole(node, "role", at + "role", true, 0), text(node, "context", at + "context", false), pics,
                time(node, "created", at + "created"));
    }

    private static JdFeedback feedback(JsonNode node, String at) {
        return new JdFeedback(id(node, "feedbackId", at + "feedbackId", true),
                whole(node, "feedbackType", at + "feedbackType", true, 0),
                fen(node, "refundSum", at + "refundSum", false),
                number(node, "sysVersion", at + "sysVersion", false, 0),
                whole(node, "status", at + "status", true, 0),
                time(node, "answered", at + "answered"),
                fen(node, "acceptedSum", at + "acceptedSum", false));
    }

    private static List<String> evidences(JsonNode node, String at) {
        return list(node, "evidences", at, (e, field) -> text(e, "evidence", field + "evidence", true));
    }

    private interface Reader<T> {
        T read(JsonNode node, String at);
    }

    private static <T> List<T> list(JsonNode node, String name, String at, Reader<T> reader) {
        JsonNode items = node.get(name);
        List<T> out = new ArrayList<>();
        if (items == null || items.isNull()) {
            return out;
        }
        if (!items.isArray()) {
            throw new MalformedPayload(at + name, at + name + " must be a list");
        }
        for (int i = 0; i < items.size(); i++) {
            String field = at + name + "[" + i + "]";
            if (!items.get(i).isObject()) {
                throw new MalformedPayload(field, field + " must be an object");
            }
            out.add(reader.read(items.get(i), field + "."));
        }
        return out;
    }

    private static JdIntervene intervene(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new JdIntervene(whole(node, "interveneStatus", at + "interveneStatus", true, 0),
                time(node, "evidenceExpireTime", at + "evidenceExpireTime"),
                integer(node, "judgeResult", at + "judgeResult"));
    }

    private static String text(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return null;
        }
        if (!value.isString() || (required && value.asString().isBlank())) {
            throw new MalformedPayload(field, field + " must be " + (required ? "non-blank " : "") + "text");
        }
        return value.asString();
    }

    /** An ID: a non-blank string or a whole number. */
    private static String id(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
            return Long.toString(value.asLong());
        }
        String text = text(node, name, field, false);
        if (text == null || text.isBlank()) {
            if (required || text != null) {
                throw new MalformedPayload(field, field + " is required (a string or a number)");
            }
            return null;
        }
        return text;
    }

    private static long number(JsonNode node, String name, String field, boolean required, long otherwise) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return otherwise;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new MalformedPayload(field, field + " must be a non-negative whole number");
        }
        return value.asLong();
    }

    /** A small whole number (a code, a count): non-negative and within an int. */
    private static int whole(JsonNode node, String name, String field, boolean required, int otherwise) {
        Integer value = integer(node, name, field);
        if (value == null) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return otherwise;
        }
        return value;
    }

    private static Integer integer(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new MalformedPayload(field, field + " must be a non-negative whole number");
        }
        return value.asInt();
    }

    private static Long optionalNumber(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : number(node, name, field, true, 0);
    }

    /** Yuan (a string or a number, at most two decimals, not negative) → fen; null when absent and optional. */
    private static Long fen(JsonNode node, String name, String field, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedPayload(field, field + " is required");
            }
            return null;
        }
        try {
            java.math.BigDecimal yuan = value.isNumber() ? value.decimalValue()
                    : value.isString() ? new java.math.BigDecimal(value.asString().trim()) : null;
            if (yuan == null) {
                throw new MalformedPayload(field, field + " must be yuan (a string or a number)");
            }
            return JdWire.fen(yuan);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MalformedPayload(field, field + " must be yuan with at most two decimals, not negative");
        }
    }

    private static long orZero(Long fen) {
        return fen == null ? 0 : fen;
    }

    private static Instant time(JsonNode node, String name, String field) {
        String text = text(node, name, field, false);
        if (text == null) {
            return null;
        }
        try {
            return JdWire.instant(text);
        } catch (DateTimeParseException e) {
            throw new MalformedPayload(field, field + " must be a time yyyy-MM-dd HH:mm:ss");
        }
    }
}
