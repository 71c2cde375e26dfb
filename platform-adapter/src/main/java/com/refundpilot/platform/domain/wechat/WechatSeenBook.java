package com.refundpilot.platform.domain.wechat;

import java.util.Optional;

/** Where the adapter keeps what it saw of each after-sale and order complaint, between pushes. */
public interface WechatSeenBook {

    Optional<WechatSeen> afterSale(String afterSaleId);

    void save(WechatSeen seen);

    Optional<WechatComplaintSeen> complaint(String complaintId);

    void save(WechatComplaintSeen seen);
}
