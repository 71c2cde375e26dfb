package com.refundpilot.platform.adapter;

/**
 * The REAL sandbox, playing the WeChat Channels shop, for an adapter IT on a free port of its own. It starts once per
 * test class, when the adapter's port is known, and pushes to the adapter's {@code /webhooks/wechat-channels} (derived
 * from the Taobao webhook's host). {@link #calls} counts the API paths called with a valid token.
 */
final class WechatSandbox extends RealSandbox {

    WechatSandbox() {
        super("wechat-channels");
    }
}
