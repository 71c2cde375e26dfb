package com.refundpilot.sandbox.platform.taobao;

import java.util.Map;

/**
 * How a platform that does not speak TOP pushes a change (the generic protocol's events). The change is named by the
 * TMC topic the Taobao wire would push for it, with the same {@code extra} IDs, so every place that pushes a change
 * stays one line whatever the refund's platform.
 */
public interface PushDialect {

    /** The platform whose refunds and complaints this dialect pushes (one dialect per non-TOP platform). */
    SandboxPlatform platform();

    PlatformPush refundChange(String topic, RefundSnapshot refund, Map<String, Object> extra);

    PlatformPush complaintChange(String topic, ComplaintSnapshot complaint);
}
