package com.refundpilot.platform.domain.generic;

import java.time.Instant;
import java.util.List;

/** One message of an after-sale's chat; {@code from} BUYER | MERCHANT | PLATFORM. */
public record GenericChatMessage(String messageId, String from, String text, List<String> photos, Instant at) {

    public GenericChatMessage {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public boolean fromBuyer() {
        return "BUYER".equals(from);
    }
}
