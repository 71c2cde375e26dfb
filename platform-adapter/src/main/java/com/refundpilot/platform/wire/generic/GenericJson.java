package com.refundpilot.platform.wire.generic;

import com.refundpilot.platform.domain.MalformedPayload;
import com.refundpilot.platform.domain.generic.GenericAfterSale;
import com.refundpilot.platform.domain.generic.GenericChatMessage;
import com.refundpilot.platform.domain.generic.GenericComplaint;
import com.refundpilot.platform.domain.generic.GenericEventTypes;
import com.refundpilot.platform.domain.generic.GenericIntervention;
import com.refundpilot.platform.domain.generic.GenericNegotiation;
import com.refundpilot.platform.domain.generic.GenericPush;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the generic protocol's JSON (pushes and API answers) into its records. Every problem is a
 * {@link MalformedPayload} naming the field by its dotted path ({@code afterSale.amountFen}); unknown fields are
 * ignored, as the protocol promises additive evolution.
 */
public final class GenericJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GenericJson() {
    }

    public static GenericPush push(byte[] body) {
        JsonNode root = object(body, "body");
        String type = text(root, "type", "type", true);
        boolean complaint = GenericEventTypes.aboutComplaint(type);
        GenericAfterSale afterSale = complaint ? null : afterSale(child(root, "afterSale", "afterSale"), "afterSale.");
        GenericComplaint about = complaint ? complaint(child(root, "complaint", "complaint"), "complaint.") : null;
        GenericChatMessage message = GenericEventTypes.BUYER_MESSAGE.equals(type)
                ? message(child(root, "message", "message"), "message.") : null;
        GenericNegotiation negotiation = GenericEventTypes.NEGOTIATION_ANSWERED.equals(type)
                ? negotiation(child(root, "negotiation", "negotiation"), "negotiation.") : null;
        return new GenericPush(text(root, "eventId", "eventId", true), type, text(root, "shopId", "shopId", true),
                instant(root, "occurredAt", "occurredAt", false), afterSale, about, message, negotiation);
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

    public static GenericAfterSale afterSale(JsonNode node, String at) {
        JsonNode waybill = node.path("returnWaybill");
        JsonNode address = node.get("returnAddress");
        return new GenericAfterSale(
                text(node, "afterSaleId", at + "afterSaleId", true),
                text(node, "orderId", at + "orderId", true),
                text(node, "shopId", at + "shopId", false),
                text(node, "type", at + "type", true),
                text(node, "status", at + "status", true),
                number(node, "version", at + "version", true, 0),
                text(node, "reason", at + "reason", false),
                number(node, "amountFen", at + "amountFen", true, 0),
                (int) number(node, "quantity", at + "quantity", false, 1),
                number(node, "orderPaidFen", at + "orderPaidFen", false, 0),
                (int) number(node, "orderQuantity", at + "orderQuantity", false, 0),
                text(node, "sku", at + "sku", false),
                instant(node, "createdAt", at + "createdAt", false),
                instant(node, "updatedAt", at + "updatedAt", false),
                instant(node, "deadline", at + "deadline", false),
                number(node, "refundedFen", at + "refundedFen", false, 0),
                waybill.isObject() ? text(waybill, "carrier", at + "returnWaybill.carrier", false) : null,
                waybill.isObject() ? text(waybill, "trackingNo", at + "returnWaybill.trackingNo", true) : null,
                address != null && address.isObject(),
                node.path("receiptExtended").asBoolean(false),
                intervention(node.path("intervention"), at + "intervention."),
                node.path("shipmentCancelReported").asBoolean(false));
    }

    public static GenericComplaint complaint(JsonNode node, String at) {
        return new GenericComplaint(
                text(node, "complaintId", at + "complaintId", true),
                text(node, "orderId", at + "orderId", true),
                text(node, "shopId", at + "shopId", false),
                text(node, "kind", at + "kind", false),
                text(node, "status", at + "status", true),
                instant(node, "createdAt", at + "createdAt", false),
                instant(node, "updatedAt", at + "updatedAt", false),
                instant(node, "deadline", at + "deadline", false),
                instant(node, "promisedShipAt", at + "promisedShipAt", false),
                instant(node, "shippedAt", at + "shippedAt", false),
                node.hasNonNull("orderPaidFen") ? number(node, "orderPaidFen", at + "orderPaidFen", true, 0) : null,
                intervention(node.path("intervention"), at + "intervention."),
                text(node, "merchantAnswer", at + "merchantAnswer", false));
    }

    public static GenericChatMessage message(JsonNode node, String at) {
        List<String> photos = new ArrayList<>();
        node.path("photos").forEach(photo -> photos.add(photo.asString("")));
        return new GenericChatMessage(text(node, "messageId", at + "messageId", true),
                text(node, "from", at + "from", true), text(node, "text", at + "text", false), photos,
                instant(node, "at", at + "at", false));
    }

    public static GenericNegotiation negotiation(JsonNode node, String at) {
        return new GenericNegotiation(text(node, "negotiationId", at + "negotiationId", true),
                text(node, "kind", at + "kind", true),
                node.hasNonNull("amountFen") ? number(node, "amountFen", at + "amountFen", true, 0) : null,
                text(node, "status", at + "status", true),
                node.hasNonNull("acceptedFen") ? number(node, "acceptedFen", at + "acceptedFen", true, 0) : null,
                number(node, "proposedAtVersion", at + "proposedAtVersion", false, 0),
                instant(node, "answeredAt", at + "answeredAt", false));
    }

    private static GenericIntervention intervention(JsonNode node, String at) {
        if (!node.isObject()) {
            return GenericIntervention.NONE;
        }
        return new GenericIntervention(text(node, "status", at + "status", false) == null ? "NONE"
                : text(node, "status", at + "status", false), instant(node, "evidenceDeadline",
                at + "evidenceDeadline", false), text(node, "decidedFor", at + "decidedFor", false));
    }

    private static JsonNode child(JsonNode node, String name, String field) {
        JsonNode child = node.get(name);
        if (child == null || !child.isObject()) {
            throw new MalformedPayload(field, field + " is required (an object)");
        }
        return child;
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

    private static Instant instant(JsonNode node, String name, String field, boolean required) {
        String text = text(node, name, field, required);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedPayload(field, field + " must be an ISO-8601 instant, was '" + text + "'");
        }
    }
}
