package com.refundpilot.sandbox.erp;

/** Things that happen in the warehouse, played by the scenario (control API). */
public enum ErpEvent {
    /** The warehouse will fail to void the order's picking list the next time it is asked (NS-5). */
    VOID_FAILED
}
