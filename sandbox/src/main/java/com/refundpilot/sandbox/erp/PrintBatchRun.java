package com.refundpilot.sandbox.erp;

import java.time.Instant;
import java.util.List;

/** One morning label-print batch of a shop: when it was due, and the orders it printed (may be none). */
public record PrintBatchRun(Instant at, List<String> printed) {

    public PrintBatchRun {
        printed = List.copyOf(printed);
    }
}
