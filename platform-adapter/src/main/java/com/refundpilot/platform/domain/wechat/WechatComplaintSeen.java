package com.refundpilot.platform.domain.wechat;

/** What the adapter saw of one order complaint at its last push (the push names its status only). */
public record WechatComplaintSeen(String complaintId, String status, Long deadlineMillis, boolean intervened,
        boolean decided) {
}
