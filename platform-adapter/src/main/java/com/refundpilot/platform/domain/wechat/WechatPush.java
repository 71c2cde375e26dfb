package com.refundpilot.platform.domain.wechat;

/**
 * One decrypted WeChat event push: who it is for ({@code toUserName}, the shop's username), when ({@code createTime},
 * epoch seconds), which event, and the IDs and status it names (the rest is fetched). {@code subjectId} is the
 * after-sale's, the 纠纷单's or the order complaint's ID; {@code afterSaleId} the after-sale it concerns, if any.
 */
public record WechatPush(String toUserName, long createTime, String event, String subjectId, String afterSaleId,
        String orderId, String status) {

    public static final String AFTERSALE_UPDATE = "channels_ec_aftersale_update";
    public static final String COMPLAINT_UPDATE = "channels_ec_complaint_update";
    /** Sandbox assumption: an order complaint (投诉) changed. */
    public static final String ORDER_COMPLAINT_UPDATE = "channels_ec_order_complaint_update";

    /**
     * The natural message key a redelivery repeats (events carry no MsgId): {@code Event:subject:status:CreateTime}.
     * Two changes of one subject with one status in one second share it; the fetch-and-compare covers that.
     */
    public String messageKey() {
        return event + ":" + subjectId + ":" + status + ":" + createTime;
    }

    /** The shop: the username without its {@code gh_} prefix (the sandbox's convention; see wechat.md §1). */
    public String shopId() {
        return toUserName.startsWith("gh_") ? toUserName.substring(3) : toUserName;
    }
}
