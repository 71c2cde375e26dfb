package com.refundpilot.platform.domain.jd;

/**
 * A JD message's {@code content}: the bill's IDs (or the complaint's), and per topic a track message's or a 协商's ID
 * and, on a refund success, the amount refunded ({@code refundSumFen}, null when absent). Absent numbers are null.
 */
public record JdContent(String serviceId, String complaintId, String orderId, String venderId, Integer customerExpect,
        Integer afsServiceStep, Long sysVersion, String afsMessageId, String feedbackId, Long refundSumFen) {
}
