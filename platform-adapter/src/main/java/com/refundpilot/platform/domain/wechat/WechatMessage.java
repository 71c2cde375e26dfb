package com.refundpilot.platform.domain.wechat;

import java.util.List;

/** One message of an after-sale's chat (a sandbox assumption): {@code senderType} 1 the buyer, 2 the merchant. */
public record WechatMessage(String messageId, int senderType, String content, List<String> media, long createTime) {

    public WechatMessage {
        media = media == null ? List.of() : List.copyOf(media);
    }

    public boolean fromBuyer() {
        return senderType == 1;
    }
}
