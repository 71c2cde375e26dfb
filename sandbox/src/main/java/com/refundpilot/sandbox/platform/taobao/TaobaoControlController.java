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

/** Control API: play the buyer and the platform's staff, and read what the platform saw. */
@RestController
@RequestMapping("/sandbox/platforms/taobao")
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
    public RefundView create(@Valid @RequestBody CreateRefundRequest request) {
        return buyer.open(request);
    }

    @GetMapping("/refunds/{refundId}")
    public RefundView get(@PathVariable String refundId) {
        return RefundView.of(refunds.get(refundId).snapshot());
    }

    @PostMapping("/refunds/{refundId}/close")
    public RefundView close(@PathVariable String refundId) {
        return buyer.close(refundId);
    }

    @PostMapping("/refunds/{refundId}/modify")
    public RefundView modify(@PathVariable String refundId, @Valid @RequestBody ModifyRefundRequest request) {
        return buyer.modify(refundId, request);
    }

    @PostMapping("/refunds/{refundId}/negotiation")
    public RefundView answerNegotiation(@PathVariable String refundId,
            @Valid @RequestBody NegotiationAnswerRequest request) {
        return buyer.answerNegotiation(refundId, request);
    }

    @PostMapping("/refunds/{refundId}/buyer-messages")
    public RefundView buyerWrites(@PathVariable String refundId, @Valid @RequestBody BuyerMessageRequest request) {
        return buyer.write(refundId, request);
    }

    @PostMapping("/refunds/{refundId}/return-shipment")
    public RefundView shipReturn(@PathVariable String refundId, @Valid @RequestBody ReturnShipmentRequest request) {
        return buyer.shipReturn(refundId, request);
    }

    @PostMapping("/refunds/{refundId}/deadline")
    public RefundView moveDeadline(@PathVariable String refundId, @Valid @RequestBody DeadlineRequest request) {
        return staff.moveDeadline(refundId, request);
    }

    @PostMapping("/refunds/{refundId}/intervention")
    public RefundView intervene(@PathVariable String refundId, @Valid @RequestBody InterventionRequest request) {
        return staff.intervene(refundId, request);
    }

    @PostMapping("/refunds/{refundId}/verdict")
    public RefundView decide(@PathVariable String refundId, @Valid @RequestBody VerdictRequest request) {
        return staff.decide(refundId, request);
    }

    @GetMapping("/capabilities")
    public TaobaoCapabilities capabilities() {
        return TaobaoCapabilities.TAOBAO;
    }

    @GetMapping("/stats")
    public TaobaoStats stats() {
        return new TaobaoStats(refunds.count(), metrics.autoRefunds(), metrics.agreeCalls(),
                metrics.methodCalls());
    }
}
