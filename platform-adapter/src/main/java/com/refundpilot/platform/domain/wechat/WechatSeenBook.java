package com.refundpilot.platform.domain.wechat;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the adapter keeps what it saw of each after-sale and order complaint, between pushes. A write is conditional
 * on the version that was read ({@link SeenEntry#version()}): of two instances comparing the same subject at once,
 * exactly one replaces what was seen; the other re-reads and compares again (the store is single-document atomic).
 */
public interface WechatSeenBook {

    SeenEntry<WechatSeen> afterSaleEntry(String afterSaleId);

    /**
     * Replaces what was seen of the after-sale with {@code next}, told by message {@code toldBy} as the difference from
     * {@code baseline}, only if the document is still at {@code from}'s version; false when another writer was first.
     */
    boolean replace(WechatSeen next, WechatSeen baseline, SeenEntry<WechatSeen> from, String toldBy, Instant at);

    SeenEntry<WechatComplaintSeen> complaintEntry(String complaintId);

    boolean replace(WechatComplaintSeen next, WechatComplaintSeen baseline, SeenEntry<WechatComplaintSeen> from,
            String toldBy, Instant at);

    default Optional<WechatSeen> afterSale(String afterSaleId) {
        return Optional.ofNullable(afterSaleEntry(afterSaleId).current());
    }

    default Optional<WechatComplaintSeen> complaint(String complaintId) {
        return Optional.ofNullable(complaintEntry(complaintId).current());
    }
}
