package com.refundpilot.platform.domain.taobao;

/**
 * What {@code taobao.refund.get} says about a refund's return stage: {@code address} (卖家收货地址) is present once the
 * merchant agreed the return; {@code receiptExtended} (a sandbox field) once the receipt time was extended.
 */
public record TaobaoReturnStage(String refundId, String status, String address, boolean receiptExtended,
        long refundVersion) {

    public boolean returnAgreed() {
        return address != null && !address.isBlank();
    }
}
