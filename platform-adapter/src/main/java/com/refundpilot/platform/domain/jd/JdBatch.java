package com.refundpilot.platform.domain.jd;

import java.util.List;

/** A JD push: 1..20 messages, verified and read as a whole before any of them is stored. */
public record JdBatch(List<JdMessage> messages) {

    public static final int MAX_MESSAGES = 20;

    public JdBatch {
        messages = List.copyOf(messages);
    }
}
