package com.refundpilot.scenario.model;

/** Sales platform of an order (docs/scenarios.md,  order.platform). */
public enum Platform {
    TAOBAO, TMALL, PINDUODUO, DOUYIN, WECHAT_CHANNELS, JD, GENERIC;
}
