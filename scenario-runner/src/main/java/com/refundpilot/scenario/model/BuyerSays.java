package com.refundpilot.scenario.model;

/** The buyer's answer in the platform chat (buyer.says). */
public enum BuyerSays {
    RECEIVED, NOT_RECEIVED, WANTS_RESHIP, WANTS_REFUND;
}
