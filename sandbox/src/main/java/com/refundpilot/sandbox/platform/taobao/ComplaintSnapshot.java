package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.List;

/** A consistent copy of one complaint, taken under its lock; {@code answer} null until the merchant answered. */
public record ComplaintSnapshot(
        SandboxPlatform platform,
        String complaintId,
        String shopId,
        String orderId,
        ComplaintKind kind,
        ComplaintStatus status,
        Instant created,
        Instant modified,
        Instant deadline,
        Instant promisedShipBy,
        Instant shippedAt,
        Long orderPaidFen,
        ComplaintAnswer answer,
        Intervention intervention,
        List<EvidenceUpload> evidence) {
}
