package com.refundpilot.sandbox.platform.douyin;

/** An admitted API call: the shop its {@code access_token} stands for, and its {@code param_json}. */
record DouyinCall(String shopId, DouyinParams params) {
}
