package com.refundpilot.scenario.model;

/** Result of inspecting a returned parcel (warehouse.result). */
public enum InspectionResult {
    MATCH, WRONG_ITEM, QUANTITY_SHORT, AFFECTS_RESALE, QUALITY_PROBLEM, DAMAGED_ON_ARRIVAL;
}
