package com.refundpilot.contracts.topics;

import com.refundpilot.contracts.envelope.Message;

/** One entry of the catalogue: the logical type name on the wire, its schema version, record and topic. */
public record MessageType(String name, int version, Class<? extends Message> javaType, String topic) {
}
