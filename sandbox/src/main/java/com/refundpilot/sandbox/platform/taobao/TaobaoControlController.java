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

/** Control API: play the buyer, and read what the platform saw. */
@RestController
@RequestMapping("/sandbox/platforms/taobao")
public class TaobaoControlController {

    private final BuyerDesk buyer;
    private final TaobaoRefunds refunds;
    private final TaobaoMetrics metrics;

    public TaobaoControlController(BuyerDesk buyer, TaobaoRefunds refunds, TaobaoMetrics metrics) {
        this.buyer = buyer;
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

    @GetMapping("/stats")
    public TaobaoStats stats() {
        return new TaobaoStats(refunds.count(), metrics.autoRefunds(), metrics.agreeCalls());
    }
}
