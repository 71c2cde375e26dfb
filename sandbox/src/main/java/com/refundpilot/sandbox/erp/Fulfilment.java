package com.refundpilot.sandbox.erp;

/** Where an order stands in the warehouse (审单 audit, 配货 allocation, 发货 shipment). */
public enum Fulfilment {
    NOT_ALLOCATED_NOT_AUDITED,
    NOT_ALLOCATED_AUDITED,
    ALLOCATED_AUDITED,
    /** Shipped offline; the platform has not been told yet. */
    SHIPPED_NOT_SYNCED,
    SHIPPED;

    public boolean shipped() {
        return this == SHIPPED || this == SHIPPED_NOT_SYNCED;
    }
}
