package com.refundpilot.sandbox.platform.wechat;

/**
 * One event push in plaintext, serialized once: every delivery encrypts these exact bytes afresh. {@code key} is the
 * natural message key the merchant de-duplicates by ({@code Event:subject:status:CreateTime}). It is about a refund
 * ({@code refundId}) or an order complaint ({@code complaintId}); the other is null.
 */
record WechatEvent(String refundId, String complaintId, String event, String key, String toUserName, byte[] plaintext) {
}
