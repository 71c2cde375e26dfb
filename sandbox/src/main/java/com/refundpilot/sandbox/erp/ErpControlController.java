package com.refundpilot.sandbox.erp;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API: the warehouse staff set orders up and play warehouse events; the oracle reads what the ERP
 * was asked to do.
 */
@RestController
@RequestMapping("/sandbox/erp/orders")
public class ErpControlController {

    /** What a warehouse event answers: the event and the order afterwards. */
    public record EventOutcome(ErpEvent event, ErpOrderView order) {
    }

    private final ErpOrders orders;
    private final Clock clock;

    public ErpControlController(ErpOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @PutMapping("/{orderId}")
    public ResponseEntity<ErpOrderView> put(@PathVariable String orderId, @Valid @RequestBody ErpOrderSetup setup) {
        boolean created = orders.put(orderId, setup, clock.instant());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(orders.withOrder(orderId, clock.instant(), ErpOrder::view));
    }

    @GetMapping("/{orderId}/actions")
    public List<ErpActionEntry> actions(@PathVariable String orderId) {
        return orders.withOrder(orderId, clock.instant(), ErpOrder::actions);
    }

    @PostMapping("/{orderId}/events")
    public EventOutcome event(@PathVariable String orderId, @Valid @RequestBody ErpEventRequest request) {
        return orders.withOrder(orderId, clock.instant(), order -> {
            order.happen(request.event());
            return new EventOutcome(request.event(), order.view());
        });
    }
}
