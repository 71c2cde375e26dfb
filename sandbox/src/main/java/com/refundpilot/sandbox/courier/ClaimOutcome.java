package com.refundpilot.sandbox.courier;

/** Answer of the claim settlement control call: the claim afterwards, what was pushed, and the receiver's status. */
public record ClaimOutcome(CourierClaim claim, ClaimSettlementPush pushed, int pushStatus) {
}
