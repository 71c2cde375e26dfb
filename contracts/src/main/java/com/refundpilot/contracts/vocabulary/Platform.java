package com.refundpilot.contracts.vocabulary;

/** The sales platforms a shop can sell on; GENERIC is this project's own webhook format for the others. */
public enum Platform {
    TAOBAO, TMALL, PINDUODUO, DOUYIN, WECHAT_CHANNELS, JD, GENERIC
}
