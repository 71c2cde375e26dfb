package com.refundpilot.platform.domain.wechat;

/**
 * An order complaint (投诉; a sandbox assumption, wechat.md §6): kind 1 late shipment, 2 service, 3 other; verdict
 * 1 for the merchant, 2 for the buyer, 0 none; times epoch seconds (0: none); {@code deadlineSeconds} left to answer.
 */
public record WechatOrderComplaint(String complaintId, String orderId, int complaintType, String status,
        long createTime, long updateTime, long deadlineSeconds, long promisedShipTime, long shipTime, long orderPriceFen,
        long proofDeadline, int verdict, int merchantAnswer) {

    public static final String WAITING = "WAIT_MERCHANT_HANDLE";
    public static final String PLATFORM_HANDLING = "PLATFORM_HANDLING";
    public static final String CLOSED = "CLOSED";
}
