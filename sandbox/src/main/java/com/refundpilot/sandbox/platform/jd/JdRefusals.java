package com.refundpilot.sandbox.platform.jd;

import java.util.Map;

/**
 * The model's refusals (its Taobao sub codes) as JD business codes: the done-already answers (103xx), the
 * state, type, version and range refusals (102xx), unknown subjects (101xx) and the intervention's and complaint's
 * limits (104xx). A sub code without a row is a gap: it answers 10201 (the stage does not allow it).
 */
final class JdRefusals {

    static final String SERVICE_NOT_FOUND = "10100";
    static final String COMPLAINT_NOT_FOUND = "10101";
    static final String WRONG_TYPE = "10202";

    private static final Map<String, String> BY_SUB_CODE = Map.ofEntries(
            Map.entry("isv.refund-not-exist", SERVICE_NOT_FOUND),
            Map.entry("isv.complaint-not-exist", COMPLAINT_NOT_FOUND),
            Map.entry("isv.refund-version-mismatch", "10200"),
            Map.entry("isv.refund-status-invalid", "10201"),
            Map.entry("isv.refund-type-invalid", WRONG_TYPE),
            Map.entry("isv.refund-amount-invalid", "10203"),
            Map.entry("isv.refuse-proof-required", "10204"),
            Map.entry("isv.refund-already-success", "10300"),
            Map.entry("isv.refund-already-refused", "10301"),
            Map.entry("isv.negotiation-pending", "10302"),
            Map.entry("isv.return-already-agreed", "10303"),
            Map.entry("isv.receipt-already-extended", "10304"),
            Map.entry("isv.exchange-already-consigned", "10305"),
            Map.entry("isv.complaint-already-answered", "10306"),
            Map.entry("isv.evidence-timeout", "10400"),
            Map.entry("isv.complaint-status-invalid", "10401"));

    private JdRefusals() {
    }

    static String codeOf(String subCode) {
        return BY_SUB_CODE.getOrDefault(subCode, "10201");
    }
}
