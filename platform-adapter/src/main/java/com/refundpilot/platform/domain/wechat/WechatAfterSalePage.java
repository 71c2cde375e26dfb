package com.refundpilot.platform.domain.wechat;

import java.util.List;

/** One page of {@code getaftersalelist}: after-sale IDs only, and the key of the next page (null: the last page). */
public record WechatAfterSalePage(List<String> afterSaleIds, String nextKey) {

    public WechatAfterSalePage {
        afterSaleIds = List.copyOf(afterSaleIds);
    }
}
