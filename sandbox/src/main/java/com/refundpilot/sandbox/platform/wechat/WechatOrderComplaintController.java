package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.ComplaintAnswer;
import com.refundpilot.sandbox.platform.taobao.TaobaoComplaint;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox assumption throughout: order complaints (投诉). WeChat's public API has the 纠纷单 of an after-sale, not a
 * complaint about an order that the merchant answers; the SOP needs one, so the sandbox plays it in WeChat's style.
 */
@RestController
class WechatOrderComplaintController {

    private final WechatGate gate;
    private final Clock clock;

    WechatOrderComplaintController(WechatGate gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    @PostMapping("/channels/ec/ordercomplaint/get")
    Map<String, Object> get(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody read = gate.admit(request, body);
        TaobaoComplaint complaint = gate.orderComplaint(read.requiredText("order_complaint_id"));
        return WechatAfterSaleActions.ok("order_complaint", WechatJson.orderComplaint(complaint.snapshot(),
                clock.instant()));
    }

    /** 1 accept (with {@code compensation_amount} ≥ 0, fen), 2 reject (no compensation); answered once. */
    @PostMapping("/channels/ec/ordercomplaint/answer")
    Map<String, Object> answer(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody read = gate.admit(request, body);
        String id = read.requiredText("order_complaint_id");
        int answer = read.requiredInt("answer");
        long compensation = Objects.requireNonNullElse(read.optionalLong("compensation_amount"), 0L);
        String content = Objects.requireNonNullElse(read.optionalText("content"), "");
        if (answer != 1 && answer != 2) {
            throw WechatApiException.param("answer", "must be 1 (accept) or 2 (reject), was " + answer);
        }
        if (compensation < 0 || (answer == 2 && compensation > 0)) {
            throw WechatApiException.param("compensation_amount", "must be >= 0, and 0 for a rejection");
        }
        TaobaoComplaint complaint = gate.orderComplaint(id);
        ComplaintAnswer.Kind kind = answer == 1 ? ComplaintAnswer.Kind.ACCEPT : ComplaintAnswer.Kind.REJECT;
        CallResult result = complaint.answer(new ComplaintAnswer(kind, compensation, null, content, clock.instant()));
        if (!result.succ()) {
            throw WechatRefusals.of(result);
        }
        return WechatAfterSaleActions.ok();
    }
}
