package com.refundpilot.contracts.vocabulary;

/** An order's state in the merchant's ERP, as the warehouse reports it (配货/审核/发货). */
public enum FulfilmentState {
    NOT_ALLOCATED_NOT_AUDITED, NOT_ALLOCATED_AUDITED, ALLOCATED_AUDITED, SHIPPED_NOT_SYNCED, SHIPPED;

    public boolean shipped() {
        return this == SHIPPED || this == SHIPPED_NOT_SYNCED;
    }
}
