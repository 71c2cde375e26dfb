package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.List;

/** One message in the refund's chat (留言): the buyer's or the merchant's, with photo URLs. */
public record ChatMessage(long id, Role role, String content, List<String> picUrls, Instant created, String type) {

    /** TOP's owner_role: 1 buyer, 2 seller, 3 platform staff. */
    public enum Role {
        BUYER("1"), SELLER("2"), PLATFORM("3");

        private final String wire;

        Role(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public static final String NORMAL = "NORMAL";
    /** The merchant's negotiation proposal shown in the chat (sandbox message type). */
    public static final String NEGOTIATION = "NEGOTIATION";

    public ChatMessage {
        picUrls = List.copyOf(picUrls);
    }
}
