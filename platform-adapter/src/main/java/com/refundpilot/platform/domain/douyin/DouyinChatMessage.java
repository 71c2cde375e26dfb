package com.refundpilot.platform.domain.douyin;

import java.time.Instant;
import java.util.List;

/** A line of the after-sale chat (the sandbox's assumed {@code afterSale/messageList}); role 1 is the buyer. */
public record DouyinChatMessage(String messageId, int role, String content, List<String> images, Instant at) {

    public boolean fromBuyer() {
        return role == 1;
    }
}
