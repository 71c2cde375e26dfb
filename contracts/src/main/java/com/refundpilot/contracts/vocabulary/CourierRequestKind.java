package com.refundpilot.contracts.vocabulary;

/** What the merchant asks a courier for, besides an intercept (scenario vocabulary courierActions). */
public enum CourierRequestKind {
    /** 催件: the parcel has not moved; ask the courier to move it. */
    NUDGE,
    /** 核实: the buyer says not received although tracking says signed; ask who signed. */
    VERIFY_DELIVERY,
    /** 底单: ask for the signing proof, evidence for a refusal. */
    REQUEST_SIGNING_PROOF,
    /** 索赔: claim the goods' value for a lost or damaged parcel. */
    CLAIM,
    /** 快递错分: give the courier the right address. */
    CORRECT_ADDRESS
}
