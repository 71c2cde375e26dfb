package com.refundpilot.sandbox.erp;

import com.refundpilot.sandbox.common.InvalidFieldException;
import com.refundpilot.sandbox.common.Problems;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ERP's open API, what the warehouse-service calls. Refusals are 409 problems with a code. Every call
 * first lets the shop's due label-print batches run (see {@link ErpShop}).
 */
@RestController
@RequestMapping("/erp/api/orders")
public class ErpOpenApiController {

    private final ErpOrders orders;
    private final ParcelHandover courier;
    private final Clock clock;

    public ErpOpenApiController(ErpOrders orders, ParcelHandover courier, Clock clock) {
        this.orders = orders;
        this.courier = courier;
        this.clock = clock;
    }

    @GetMapping("/{orderId}")
    public ErpOrderView get(@PathVariable String orderId) {
        return orders.withOrder(orderId, clock.instant(), ErpOrder::view);
    }

    @PostMapping("/{orderId}/{operation}")
    public ResponseEntity<Object> operate(@PathVariable String orderId, @PathVariable String operation,
            @Valid @RequestBody ErpOperationRequest request) {
        ErpOperation op = ErpOperation.fromPath(operation).orElseThrow(() -> new InvalidFieldException("operation",
                "unknown operation '" + operation + "' (" + ErpOperation.paths() + ")"));
        Instant now = clock.instant();
        ErpAnswer answer = orders.withOrder(orderId, now, order -> order.perform(op, request, now, courier));
        return answer.ok() ? ResponseEntity.ok(answer.body()) : Problems.respond(refusal(answer));
    }

    private static ProblemDetail refusal(ErpAnswer answer) {
        ProblemDetail problem = Problems.conflict(answer.refusal().name(), answer.detail());
        if (answer.refusal() == ErpRefusal.ALREADY_SHIPPED) {
            problem.setProperty("carrier", answer.order().carrier());
            problem.setProperty("trackingNo", answer.order().trackingNo());
        }
        return problem;
    }
}
