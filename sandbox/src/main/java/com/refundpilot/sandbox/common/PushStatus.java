package com.refundpilot.sandbox.common;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientException;

/** Turns one outbound push into the HTTP status the receiver answered, or {@link #NO_ANSWER}. */
public final class PushStatus {

    /** Recorded when the receiver could not be reached at all (refused, timed out). */
    public static final int NO_ANSWER = 0;

    private static final Logger log = LoggerFactory.getLogger(PushStatus.class);

    private PushStatus() {
    }

    public static int of(String target, Supplier<Integer> push) {
        try {
            return push.get();
        } catch (RestClientException e) {
            log.warn("push to {} failed: {}", target, e.getMessage());
            return NO_ANSWER;
        }
    }
}
