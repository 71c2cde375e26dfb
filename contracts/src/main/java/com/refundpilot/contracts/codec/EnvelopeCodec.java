package com.refundpilot.contracts.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.envelope.MessageDecodingException;
import com.refundpilot.contracts.topics.MessageType;
import com.refundpilot.contracts.topics.MessageTypes;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON form of an {@link Envelope}. Decoding is a tolerant reader (unknown fields are ignored, so producers
 * may add fields) but strict about what it needs: any problem is a {@link MessageDecodingException} that
 * names it, which sends the record to the dead-letter topic.
 */
public final class EnvelopeCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    public String encode(Envelope envelope) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", envelope.id());
        node.put("type", envelope.type());
        node.put("version", envelope.version());
        node.put("source", envelope.source());
        node.put("subject", envelope.subject());
        node.put("time", envelope.time().toString());
        node.put("correlationId", envelope.correlationId());
        if (envelope.causationId() != null) {
            node.put("causationId", envelope.causationId());
        }
        node.put("partitionKey", envelope.partitionKey());
        node.set("data", mapper.valueToTree(envelope.data()));
        return mapper.writeValueAsString(node);
    }

    public Envelope decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MessageDecodingException("empty record value");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new MessageDecodingException("malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new MessageDecodingException("envelope must be a JSON object");
        }
        String typeName = requiredText(node, "type");
        MessageType type = MessageTypes.named(typeName)
                .orElseThrow(() -> new MessageDecodingException("unknown message type '" + typeName + "'"));
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new MessageDecodingException("field 'data' is required and must be an object");
        }
        Message payload = decodeData(data, type);
        try {
            return new Envelope(requiredText(node, "id"), typeName, node.path("version").asInt(1),
                    requiredText(node, "source"), node.path("subject").asString(payload.subject()),
                    Instant.parse(requiredText(node, "time")), node.path("correlationId").asString(null),
                    node.path("causationId").asString(null), requiredText(node, "partitionKey"), payload);
        } catch (RuntimeException e) {
            throw new MessageDecodingException("invalid envelope: " + e.getMessage(), e);
        }
    }

    private Message decodeData(JsonNode data, MessageType type) {
        try {
            return mapper.treeToValue(data, type.javaType());
        } catch (JacksonException e) {
            Throwable root = rootCause(e);
            String reason = root instanceof IllegalArgumentException || root instanceof NullPointerException
                    ? root.getMessage()
                    : e.getOriginalMessage();
            throw new MessageDecodingException("invalid data for " + type.name() + ": " + reason, e);
        }
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new MessageDecodingException("field '" + field + "' is required");
        }
        return value.asString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The mapper, for adapters that need the same JSON conventions for their own documents. */
    public JsonMapper mapper() {
        return mapper;
    }
}
