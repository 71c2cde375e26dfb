package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import java.util.Map;

/** The model's refusals (Taobao sub codes) as PDD business codes (docs/platform-wire-formats/pdd.md §3). */
final class PddRefusals {

    static final int NOT_FOUND = 50001;
    static final int COMPLAINT_NOT_FOUND = 50013;
    private static final int OTHER = 50004;

    private static final Map<String, Integer> BY_SUB_CODE = Map.ofEntries(
            Map.entry("isv.refund-not-exist", NOT_FOUND),
            Map.entry("isv.refund-already-success", 50002),
            Map.entry("isv.refund-already-refused", 50003),
            Map.entry("isv.refund-status-invalid", 50004),
            Map.entry("isv.refund-version-mismatch", 50004),
            Map.entry("isv.refund-amount-invalid", 50005),
            Map.entry("isv.refuse-proof-required", 50006),
            Map.entry("isv.negotiation-pending", 50007),
            Map.entry("isv.return-already-agreed", 50008),
            Map.entry("isv.receipt-already-extended", 50009),
            Map.entry("isv.exchange-already-consigned", 50010),
            Map.entry("isv.refund-type-invalid", 50011),
            Map.entry("isv.evidence-timeout", 50012),
            Map.entry("isv.complaint-not-exist", COMPLAINT_NOT_FOUND),
            Map.entry("isv.complaint-already-answered", 50014),
            Map.entry("isv.complaint-status-invalid", 50015),
            Map.entry("isv.shipment-cancel-reported", 50016),
            Map.entry("isv.status-not-played", 50017));

    private PddRefusals() {
    }

    static int codeOf(CallResult refused) {
        return BY_SUB_CODE.getOrDefault(refused.subCode(), OTHER);
    }
}
