package com.refundpilot.platform.domain.wechat;

import java.time.Instant;
import java.util.List;

/**
 * Everything read about one after-sale for one push, at {@code readAt} (the seconds-left deadline is turned into an
 * instant against it): the after-sale, its chat, its 纠纷单 (null without one) and its order (null unless needed).
 */
public record WechatAfterSaleView(WechatAfterSale afterSale, List<WechatMessage> messages, WechatDispute dispute,
        WechatOrder order, Instant readAt) {

    public WechatAfterSaleView {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
