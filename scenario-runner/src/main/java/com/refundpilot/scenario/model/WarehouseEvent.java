package com.refundpilot.scenario.model;

/** What the warehouse/ERP reports in a warehouse step (warehouse.event). */
public enum WarehouseEvent {
    RETURN_RECEIVED, INSPECTED, VOID_FAILED, PARCEL_WEIGHT;
}
