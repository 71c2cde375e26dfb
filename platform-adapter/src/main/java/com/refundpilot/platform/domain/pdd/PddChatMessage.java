package com.refundpilot.platform.domain.pdd;

import java.time.Instant;
import java.util.List;

/** One message of an after-sale's chat; {@code senderRole} 1 buyer, 2 merchant, 3 platform. */
public record PddChatMessage(long messageId, int senderRole, String content, List<String> images, Instant created) {

    public PddChatMessage {
        images = List.copyOf(images);
    }

    public boolean fromBuyer() {
        return senderRole == 1;
    }
}
