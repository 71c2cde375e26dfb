package com.refundpilot.sandbox.platform.douyin;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Douyin's own answer to the control API's {@code capabilities} (the literal path wins over
 * {@code /sandbox/platforms/{platform}/capabilities}): the actions its open API carries out, and which of them only
 * through the sandbox's assumed calls. platform-adapter declares the same two lists; a contract test compares them.
 */
@RestController
class DouyinControlController {

    /** Public open-platform calls: afterSale/operate, timeExtend, submitEvidence, CancelSendGoodsSuccess. */
    static final List<String> PUBLIC = List.of("AGREE_REFUND", "REFUSE", "AGREE_RETURN", "EXTEND_RECEIPT",
            "UPLOAD_EVIDENCE", "EXCHANGE_SHIPPED", "REPORT_SHIPMENT_CANCELLED");
    /** Only the sandbox's assumed calls (negotiate, messageAdd, complaint/answer). */
    static final List<String> ASSUMED = List.of("NEGOTIATE", "SEND_BUYER_MESSAGE", "ACCEPT_COMPLAINT",
            "REJECT_COMPLAINT", "COMPENSATE");

    record Capabilities(String platform, List<String> actions, List<String> assumed) {
    }

    @GetMapping("/sandbox/platforms/douyin/capabilities")
    Capabilities capabilities() {
        List<String> all = new java.util.ArrayList<>(PUBLIC);
        all.addAll(ASSUMED);
        return new Capabilities("DOUYIN", all, ASSUMED);
    }
}
