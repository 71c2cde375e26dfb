package com.refundpilot.sandbox.erp;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: a shop's morning label-print batch (打单) — its time, and the batches that ran (the oracle). */
@RestController
@RequestMapping("/sandbox/erp/shops")
public class ErpShopController {

    private final ErpOrders orders;
    private final Clock clock;

    public ErpShopController(ErpOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @PutMapping("/{shopId}/print-batch")
    public PrintBatchView setPrintBatch(@PathVariable String shopId, @Valid @RequestBody PrintBatchSetup setup) {
        return orders.printBatchAt(shopId, LocalTime.parse(setup.at()), clock.instant());
    }

    @GetMapping("/{shopId}/print-batch")
    public PrintBatchView printBatch(@PathVariable String shopId) {
        return orders.printBatch(shopId, clock.instant());
    }

    @GetMapping("/{shopId}/print-batches")
    public List<PrintBatchRun> printBatches(@PathVariable String shopId) {
        return orders.printBatchRuns(shopId, clock.instant());
    }
}
