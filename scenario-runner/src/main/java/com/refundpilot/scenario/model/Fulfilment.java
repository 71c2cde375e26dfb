package com.refundpilot.scenario.model;

/** Warehouse fulfilment state of an order (order.fulfilment). */
public enum Fulfilment {
    NOT_ALLOCATED_NOT_AUDITED, NOT_ALLOCATED_AUDITED, ALLOCATED_AUDITED, SHIPPED_NOT_SYNCED, SHIPPED;
}
