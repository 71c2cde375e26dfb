package com.refundpilot.platform.domain.wechat;

import java.time.Instant;

/**
 * A seen document as stored: what was seen at the last comparison that changed it ({@code current}), the state that
 * comparison started from ({@code previous}), the message that tells the difference ({@code toldBy}, the inbound
 * message's document ID, null for none) and when it claimed it, and the document's write version (a conditional
 * write expects it; 0 for a document not stored yet).
 */
public record SeenEntry<T>(T current, T previous, String toldBy, Instant toldAt, long version) {

    /** No document yet: a first comparison starts from nothing and inserts. */
    public static <T> SeenEntry<T> none() {
        return new SeenEntry<>(null, null, null, null, 0);
    }
}
