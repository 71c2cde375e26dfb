package com.refundpilot.scenario.model;

/** Side a PLATFORM_VERDICT is for (platform.for). */
public enum Verdict {
    MERCHANT, BUYER;
}
