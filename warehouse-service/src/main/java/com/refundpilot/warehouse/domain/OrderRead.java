package com.refundpilot.warehouse.domain;

/** What reading an order in the ERP gave: the order, or why there is none. */
public sealed interface OrderRead {

    /** The ERP showed the order. */
    record Found(ErpOrderSnapshot order) implements OrderRead {
    }

    /** The ERP does not know the order (404). */
    record NotFound(String detail) implements OrderRead {
    }

    /** No usable answer after the client's retries: unreachable, 5xx, circuit open, unreadable body. */
    record Unavailable(String detail) implements OrderRead {
    }
}
