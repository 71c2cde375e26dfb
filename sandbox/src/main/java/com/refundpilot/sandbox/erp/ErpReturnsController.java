package com.refundpilot.sandbox.erp;

import com.refundpilot.sandbox.common.Problems;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the merchant's warehouse records in the ERP about returns (open API): a return parcel's arrival, its
 * inspection, and a parcel's weight; plus the control view of an order's records for the oracle. Each call is
 * idempotent per {@code requestId}; a second arrival or inspection of one parcel is a 409 with its code.
 */
@RestController
public class ErpReturnsController {

    private final ErpOrders orders;
    private final Clock clock;

    public ErpReturnsController(ErpOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @PostMapping("/erp/api/orders/{orderId}/returns/{trackingNo}/arrival")
    public ResponseEntity<Object> arrival(@PathVariable String orderId, @PathVariable String trackingNo,
            @Valid @RequestBody ReturnArrivalRequest request) {
        Instant now = clock.instant();
        return answer(orders.withOrder(orderId, now, order -> order.recordArrival(trackingNo, request, now)));
    }

    @PostMapping("/erp/api/orders/{orderId}/returns/{trackingNo}/inspection")
    public ResponseEntity<Object> inspection(@PathVariable String orderId, @PathVariable String trackingNo,
            @Valid @RequestBody ReturnInspectionRequest request) {
        Instant now = clock.instant();
        return answer(orders.withOrder(orderId, now, order -> order.recordInspection(trackingNo, request, now)));
    }

    @PostMapping("/erp/api/orders/{orderId}/parcel-weight")
    public ResponseEntity<Object> weight(@PathVariable String orderId, @Valid @RequestBody ParcelWeightRequest request) {
        Instant now = clock.instant();
        return answer(orders.withOrder(orderId, now, order -> order.recordWeight(request, now)));
    }

    @GetMapping("/sandbox/erp/orders/{orderId}/returns")
    public ErpReturnsView returns(@PathVariable String orderId) {
        return orders.withOrder(orderId, clock.instant(), ErpOrder::returnsView);
    }

    private static ResponseEntity<Object> answer(ErpRecording recording) {
        return recording.ok() ? ResponseEntity.ok(recording.body())
                : Problems.respond(Problems.conflict(recording.refusal().name(), recording.detail()));
    }
}
