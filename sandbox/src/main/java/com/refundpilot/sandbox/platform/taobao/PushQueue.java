package com.refundpilot.sandbox.platform.taobao;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One background thread per platform's pushes: an API answer never waits on the merchant's own webhook, and the
 * pushes of one platform keep their order.
 */
public final class PushQueue {

    private final ExecutorService thread;

    public PushQueue(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void later(Runnable push) {
        thread.execute(push);
    }

    public void stop() {
        thread.shutdownNow();
    }
}
