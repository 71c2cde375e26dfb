package com.refundpilot.refund.domain;

/** Rule IDs of refund-sop-spec.md as they appear in decisions, logs and tests. */
public final class RuleIds {

    public static final String G1_AMOUNT = "G-1";
    public static final String G2_QUANTITY = "G-2";
    public static final String G3_ONE_REFUND_PER_MONEY = "G-3";
    /** Idempotency: enforced by processed-message IDs and action keys, never decided case by case. */
    public static final String G4_IDEMPOTENCY = "G-4";
    /** Every waiting state has its deadline timers: enforced by {@link DeadlineRules}. */
    public static final String G5_DEADLINE = "G-5";
    public static final String G6_REFUSE_WITH_EVIDENCE = "G-6";
    public static final String NS1 = "NS-1";
    public static final String NS2 = "NS-2";
    public static final String NS3 = "NS-3";
    public static final String NS4 = "NS-4";
    public static final String NS5 = "NS-5";
    public static final String NS6 = "NS-6";
    public static final String NS7 = "NS-7";
    public static final String NS_CUTOFF = "NS-CUTOFF";
    public static final String NS_RETAIN = "NS-RETAIN";
    public static final String NS_REASON = "NS-REASON";
    public static final String RS1 = "RS-1";
    public static final String RS2 = "RS-2";
    public static final String RS3 = "RS-3";
    public static final String RS4 = "RS-4";
    public static final String RS5 = "RS-5";
    public static final String RS6 = "RS-6";
    public static final String RS7 = "RS-7";
    public static final String RS8 = "RS-8";
    public static final String RS9 = "RS-9";
    public static final String RS10 = "RS-10";
    public static final String RR1 = "RR-1";
    public static final String RR2 = "RR-2";
    public static final String RR3 = "RR-3";
    public static final String RR4 = "RR-4";
    public static final String RR5 = "RR-5";
    public static final String RR6 = "RR-6";
    public static final String RR7 = "RR-7";
    public static final String RR8 = "RR-8";
    public static final String RR9 = "RR-9";
    public static final String RR10 = "RR-10";
    public static final String RR11 = "RR-11";
    public static final String RR12 = "RR-12";
    public static final String RR13 = "RR-13";
    public static final String RR14 = "RR-14";
    public static final String RR15 = "RR-15";
    public static final String RR16 = "RR-16";
    public static final String RR17 = "RR-17";
    public static final String EX1 = "EX-1";
    public static final String RE1 = "RE-1";
    public static final String RE2 = "RE-2";
    /** Courier claims (§8): one family rule, the claim's lifecycle lives in logistics-service. */
    public static final String CL = "CL";
    public static final String CP1 = "CP-1";
    public static final String CP2 = "CP-2";
    public static final String CP3 = "CP-3";
    public static final String RP1 = "RP-1";
    public static final String RP2 = "RP-2";
    public static final String DL1 = "DL-1";
    public static final String DL2 = "DL-2";
    public static final String DL3 = "DL-3";
    /** Not a rule of the spec: the situation is outside what the system automates yet; a person decides. */
    public static final String NOT_AUTOMATED = "NOT-AUTOMATED";
    /** Not a rule of the spec: the warehouse could not tell or change the order's state; a person decides. */
    public static final String WAREHOUSE_FAILED = "WAREHOUSE-FAILED";
    /** Not a rule of the spec: the courier could not tell where the parcel is; a person decides. */
    public static final String COURIER_FAILED = "COURIER-FAILED";
    /** Not a rule of the spec: a person decided on an agent task; the decision records who. */
    public static final String AGENT = "AGENT";
    /** The platform answered a merchant action with a refusal; a person decides. */
    public static final String PLATFORM_REJECTED = "PLATFORM-REJECTED";

    private RuleIds() {
    }
}
