package com.refundpilot.refund.domain;

/** Rule IDs of refund-sop-spec.md as they appear in decisions, logs and tests. */
public final class RuleIds {

    public static final String G1_AMOUNT = "G-1";
    public static final String G2_QUANTITY = "G-2";
    public static final String G3_ONE_REFUND_PER_MONEY = "G-3";
    public static final String NS1 = "NS-1";
    public static final String NS2 = "NS-2";
    public static final String NS3 = "NS-3";
    public static final String NS4 = "NS-4";
    public static final String NS5 = "NS-5";
    public static final String RS1 = "RS-1";
    public static final String RS2 = "RS-2";
    public static final String RS3 = "RS-3";
    public static final String RS5 = "RS-5";
    public static final String NS_RETAIN = "NS-RETAIN";
    public static final String DL2 = "DL-2";
    public static final String DL3 = "DL-3";
    /** Not a rule of the spec: the situation is outside what the system automates yet; a person decides. */
    public static final String NOT_AUTOMATED = "NOT-AUTOMATED";
    /** Not a rule of the spec: the warehouse could not tell or change the order's state; a person decides. */
    public static final String WAREHOUSE_FAILED = "WAREHOUSE-FAILED";
    /** Not a rule of the spec: a person decided on an agent task; the decision records who. */
    public static final String AGENT = "AGENT";
    /** The platform answered a merchant action with a refusal; a person decides. */
    public static final String PLATFORM_REJECTED = "PLATFORM-REJECTED";

    private RuleIds() {
    }
}
