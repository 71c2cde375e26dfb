package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API: play the buyer and the platform's staff, and read what the platform saw. The path names the
 * platform ({@code taobao}, {@code tmall}, …; unknown: 404); a refund is found only under its own platform.
 */
@RestController
@RequestMapping("/sandbox/platforms/{platform}")
public class TaobaoControlController {

    private final BuyerDesk buyer;
    private final PlatformStaffDesk staff;
    private final TaobaoRefunds refunds;
    private final TaobaoMetrics metrics;

    public TaobaoControlController(BuyerDesk buyer, PlatformStaffDesk staff, TaobaoRefunds refunds,
            TaobaoMetrics metrics) {
        this.buyer = buyer;
        this.staff = staff;
        this.refunds = refunds;
        this.metrics = metrics;
    }

    @PostMapping("/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    public RefundView create(@PathVariable String platform, @Valid @RequestBody CreateRefundRequest request) {
        return buyer.open(SandboxPlatform.ofPath(platform), request);
    }

    @GetMapping("/refunds/{refundId}")
    public RefundView get(@PathVariable String platform, @PathVariable String refundId) {
        return RefundView.of(refunds.get(SandboxPlatform.ofPath(platform), refundId).snapshot());
    }

    @PostMapping("/refunds/{refundId}/close")
    public RefundView close(@PathVariable String platform, @PathVariable String refundId) {
        return buyer.close(SandboxPlatform.ofPath(platform), refundId);
    }

    @PostMapping("/refunds/{refundId}/modify")
    public RefundView modify(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody ModifyRefundRequest request) {
        return buyer.modify(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @PostMapping("/refunds/{refundId}/negotiation")
    public RefundView answerNegotiation(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody NegotiationAnswerRequest request) {
        return buyer.answerNegotiation(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @PostMapping("/refunds/{refundId}/buyer-messages")
    public RefundView buyerWrites(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody BuyerMessageRequest request) {
        return buyer.write(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @PostMapping("/refunds/{refundId}/return-shipment")
    public RefundView shipReturn(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody ReturnShipmentRequest request) {
        return buyer.shipReturn(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @PostMapping("/refunds/{refundId}/deadline")
    public RefundView moveDeadline(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody DeadlineRequest request) {
        return staff.moveDeadline(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @PostMapping("/refunds/{refundId}/intervention")
    public RefundView intervene(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody InterventionRequest request) {
        return staff.intervene(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @PostMapping("/refunds/{refundId}/verdict")
    public RefundView decide(@PathVariable String platform, @PathVariable String refundId,
            @Valid @RequestBody VerdictRequest request) {
        return staff.decide(SandboxPlatform.ofPath(platform), refundId, request);
    }

    @GetMapping("/capabilities")
    public TaobaoCapabilities capabilities(@PathVariable String platform) {
        return TaobaoCapabilities.of(SandboxPlatform.ofPath(platform));
    }

    @GetMapping("/stats")
    public TaobaoStats stats(@PathVariable String platform) {
        SandboxPlatform of = SandboxPlatform.ofPath(platform);
        return new TaobaoStats(refunds.count(of), metrics.autoRefunds(of), metrics.agreeCalls(of),
                metrics.methodCalls(of));
    }
}
