package com.refundpilot.sandbox.platform.douyin;

import java.util.List;

/**
 * One push: a batch of messages about one after-sale ({@code refundId}) or one complaint ({@code complaintId}),
 * serialized once so that every delivery sends these exact bytes.
 */
record DouyinBatch(String refundId, String complaintId, List<DouyinMessage> messages, byte[] body) {
}
