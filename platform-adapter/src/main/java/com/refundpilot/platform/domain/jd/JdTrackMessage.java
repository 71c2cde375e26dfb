package com.refundpilot.platform.domain.jd;

import java.time.Instant;
import java.util.List;

/** A track message (跟踪留言) on a bill; {@code role} 1 客户, 2 商家, 3 京东. */
public record JdTrackMessage(String afsMessageId, int role, String context, List<String> picUrls, Instant created) {

    public JdTrackMessage {
        picUrls = picUrls == null ? List.of() : List.copyOf(picUrls);
    }

    public boolean fromCustomer() {
        return role == 1;
    }
}
