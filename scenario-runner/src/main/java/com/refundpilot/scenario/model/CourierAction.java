package com.refundpilot.scenario.model;

/** Calls to the courier (expect.courierActions). */
public enum CourierAction implements Action {
    INTERCEPT, NUDGE, VERIFY_DELIVERY, REQUEST_SIGNING_PROOF, CLAIM, CORRECT_ADDRESS;

    @Override
    public Target target() {
        return Target.COURIER;
    }
}
