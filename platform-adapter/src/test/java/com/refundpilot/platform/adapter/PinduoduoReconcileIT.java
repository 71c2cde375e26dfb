package com.refundpilot.platform.adapter;

import com.refundpilot.contracts.vocabulary.Platform;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pinduoduo's reconciliation sweep against the REAL sandbox, which loses every frame here: the sweep lists
 * {@code pdd.refund.list.increment.get} and tells each change once through the webhook's own path (a stand-in
 * frame, the after-sale read with {@code pdd.refund.information.get}) — the request, the return shipped, and after
 * the adapter's agree (sent once) the payment. Later sweeps over overlapping windows and the lost frames delivered
 * late tell nothing again.
 */
class PinduoduoReconcileIT extends LostPushesSweep {

    private static final RealSandbox SANDBOX = new RealSandbox("pinduoduo");
    private static final int ADAPTER_PORT = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        startSandbox(SANDBOX, registry, "pinduoduo", "shop-1", ADAPTER_PORT);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Override
    Platform platform() {
        return Platform.PINDUODUO;
    }

    @Override
    RealSandbox sandbox() {
        return SANDBOX;
    }

    @Override
    String agreeCall() {
        return "pdd.refund.agree";
    }

    @Override
    List<String> toldTopics() {
        return List.of("pdd_refund_RefundCreated", "pdd_refund_RefundBuyerReturnGoods",
                "pdd_refund_RefundAgreeAgreement");
    }
}
