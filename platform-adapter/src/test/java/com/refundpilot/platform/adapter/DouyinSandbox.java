package com.refundpilot.platform.adapter;

/**
 * The REAL sandbox playing Douyin for an adapter IT, on a free port of its own, started once the adapter's port is
 * known. Its Douyin batches go to {@code /webhooks/douyin} on the adapter (the Taobao webhook's host, as by default);
 * its open API is {@code /douyin}.
 */
final class DouyinSandbox extends RealSandbox {

    DouyinSandbox() {
        super("douyin");
    }

    @Override
    String apiBaseUrl() {
        return baseUrl() + "/douyin";
    }
}
