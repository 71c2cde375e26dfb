package com.refundpilot.sandbox.courier;

/**
 * Which wire format the courier pushes tracking in ({@code sandbox.courier.feed}): its own JSON (the default), or
 * natively as Kuaidi100 or Kdniao would, each to its own path on the merchant's host.
 */
public enum CourierFeed {
    SANDBOX("/tracking/sandbox"),
    KUAIDI100("/tracking/kuaidi100"),
    KDNIAO("/tracking/kdniao");

    private final String path;

    CourierFeed(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The name in the configuration and in the event call's answer ({@code kdniao}). */
    public String wireName() {
        return name().toLowerCase();
    }
}
