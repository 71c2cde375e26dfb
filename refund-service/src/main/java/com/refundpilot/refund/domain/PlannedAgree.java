package com.refundpilot.refund.domain;

/** An agree a rule decided but holds back (RP-1: until the buyer changes the reason): its rule and amount. */
public record PlannedAgree(String ruleId, long amountFen) {
}
