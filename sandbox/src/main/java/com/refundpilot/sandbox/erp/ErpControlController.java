package com.refundpilot.sandbox.erp;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: the warehouse staff set orders up; the oracle reads what the ERP was asked to do. */
@RestController
@RequestMapping("/sandbox/erp/orders")
public class ErpControlController {

    private final ErpOrders orders;

    public ErpControlController(ErpOrders orders) {
        this.orders = orders;
    }

    @PutMapping("/{orderId}")
    public ResponseEntity<ErpOrderView> put(@PathVariable String orderId, @Valid @RequestBody ErpOrderSetup setup) {
        boolean created = orders.put(orderId, setup);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(orders.get(orderId).view());
    }

    @GetMapping("/{orderId}/actions")
    public List<ErpActionEntry> actions(@PathVariable String orderId) {
        return orders.get(orderId).actions();
    }
}
