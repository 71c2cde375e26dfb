package com.refundpilot.platform.domain.wechat;

/** What order/get says of the order an after-sale is about: what it cost (fen) and how many pieces. */
public record WechatOrder(String orderId, long orderPriceFen, int quantity) {
}
