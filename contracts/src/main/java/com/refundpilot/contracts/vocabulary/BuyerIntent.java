package com.refundpilot.contracts.vocabulary;

/** What a buyer's chat reply means, as platform-adapter reads it; OTHER when it cannot tell. */
public enum BuyerIntent {
    RECEIVED, NOT_RECEIVED, WANTS_RESHIP, WANTS_REFUND, OTHER
}
