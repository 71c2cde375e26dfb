package com.refundpilot.platform.adapter;

import com.refundpilot.contracts.vocabulary.Platform;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * JD's reconciliation sweep against the REAL sandbox, which loses every batch here: the sweep lists
 * {@code jingdong.asc.sync.list} and tells each change once through the webhook's own path (a stand-in message, the
 * bill read with {@code jingdong.asc.query.view}) — the request, the return sent back, and after the adapter's agree
 * (sent once, at the bill's sysVersion) the refund. Later sweeps over overlapping windows and the lost batches
 * delivered late tell nothing again.
 */
class JdReconcileIT extends LostPushesSweep {

    private static final JdSandbox SANDBOX = new JdSandbox();
    private static final int ADAPTER_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        startSandbox(SANDBOX, registry, "jd", "shop-1", ADAPTER_PORT);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    Platform platform() {
        return Platform.JD;
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    @Override
    String agreeCall() {
        return "jingdong.asc.process.refund";
    }

    @Override
    List<String> toldTopics() {
        return List.of("jos_afs_service_create", "jos_afs_service_send_back", "jos_afs_refund_success");
    }
}
