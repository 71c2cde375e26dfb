package com.refundpilot.platform.domain.douyin;

import com.refundpilot.platform.domain.reconcile.RefundState;

/**
 * One entry of {@code afterSale/List} ({@code items[].aftersale_info}), the fields the sweep needs: the after-sale,
 * its status and type, {@code update_time} (epoch seconds, Douyin's optimistic version), {@code arbitrate_status}
 * and the order ({@code related_id}).
 */
public record DouyinListedAfterSale(String afterSaleId, int status, int type, long updateTime, int arbitrateStatus,
        String orderId) {

    public RefundState state() {
        return DouyinChanges.stateOf(status, updateTime, arbitrateStatus);
    }
}
