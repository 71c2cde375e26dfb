package com.refundpilot.platform.domain.douyin;

import java.util.Map;
import java.util.Set;

/**
 * The {@code doudian_refund_*} tags the adapter knows (docs/platform-wire-formats/douyin.md §1) and what each needs
 * read before it can be normalized. 9001–9014 are the sandbox's assumed tags. The two public tag tables disagree on
 * 206/207/208; those three are read as "the after-sale changed" and their meaning is the detail's status.
 */
public final class DouyinTags {

    public static final String REFUND_CREATED = "200";
    public static final String BUYER_RETURN_GOODS = "203";
    public static final String REFUND_SUCCESS = "206";
    public static final String REFUND_CLOSED = "207";
    public static final String REFUND_MODIFIED = "208";
    public static final String EXPIRATION_CHANGE = "209";
    public static final String ARBITRATE_AUDITED = "216";
    public static final String ARBITRATE_SERVICE_INTERVENE = "217";
    public static final String BUYER_MESSAGE = "9001";
    public static final String NEGOTIATION_ANSWERED = "9002";
    public static final String COMPLAINT_CREATED = "9011";
    public static final String COMPLAINT_INTERVENED = "9012";
    public static final String COMPLAINT_DECIDED = "9013";
    public static final String COMPLAINT_TIMEOUT_CHANGED = "9014";

    /** What a tag needs from the platform before it can be normalized. */
    public enum Need { NOTHING, AFTER_SALE, AFTER_SALE_AND_CHAT, AFTER_SALE_AND_NEGOTIATIONS, COMPLAINT }

    private static final Map<String, Need> NEEDS = Map.ofEntries(
            Map.entry(REFUND_CREATED, Need.AFTER_SALE),
            Map.entry(BUYER_RETURN_GOODS, Need.AFTER_SALE),
            Map.entry(REFUND_SUCCESS, Need.AFTER_SALE),
            Map.entry(REFUND_CLOSED, Need.AFTER_SALE),
            Map.entry(REFUND_MODIFIED, Need.AFTER_SALE),
            Map.entry(EXPIRATION_CHANGE, Need.AFTER_SALE),
            Map.entry(ARBITRATE_AUDITED, Need.AFTER_SALE),
            Map.entry(ARBITRATE_SERVICE_INTERVENE, Need.AFTER_SALE),
            Map.entry(BUYER_MESSAGE, Need.AFTER_SALE_AND_CHAT),
            Map.entry(NEGOTIATION_ANSWERED, Need.AFTER_SALE_AND_NEGOTIATIONS),
            Map.entry(COMPLAINT_CREATED, Need.COMPLAINT),
            Map.entry(COMPLAINT_INTERVENED, Need.COMPLAINT),
            Map.entry(COMPLAINT_DECIDED, Need.COMPLAINT),
            Map.entry(COMPLAINT_TIMEOUT_CHANGED, Need.COMPLAINT));

    /** The platform's echoes of the merchant's own decisions: nothing new for the SOP. */
    private static final Map<String, String> ECHOES = Map.of("201", "RefundAgreed", "202", "ReturnApplyAgreed",
            "204", "RefundRefused", "205", "ReturnApplyRefused", "211", "ExchangeComfirmed");
    /** Arbitration steps the SOP does not act on: staff have not taken the dispute yet, or it is our own upload. */
    private static final Map<String, String> ARBITRATION_STEPS = Map.of("212", "ArbitrateApplied",
            "213", "ArbitrateSubmiting", "214", "ArbitrateSubmited", "215", "ArbitrateCancelled",
            "218", "ArbitrateDiscussUpload");
    private static final Set<String> COMPLAINTS = Set.of(COMPLAINT_CREATED, COMPLAINT_INTERVENED, COMPLAINT_DECIDED,
            COMPLAINT_TIMEOUT_CHANGED);

    private DouyinTags() {
    }

    public static Need needOf(String tag) {
        return NEEDS.getOrDefault(tag, Need.NOTHING);
    }

    public static boolean aboutComplaint(String tag) {
        return COMPLAINTS.contains(tag);
    }

    /** Tags about an after-sale, which must name one ({@code aftersale_id}). */
    public static boolean aboutAfterSale(String tag) {
        return !aboutComplaint(tag) && (NEEDS.containsKey(tag) || ECHOES.containsKey(tag)
                || ARBITRATION_STEPS.containsKey(tag));
    }

    /** Why a tag that needs nothing is dropped. */
    public static String ignoredBecause(String tag) {
        if (ECHOES.containsKey(tag)) {
            return "the merchant's own decision echoed back (" + tag + " " + ECHOES.get(tag) + ")";
        }
        if (ARBITRATION_STEPS.containsKey(tag)) {
            return "an arbitration step the SOP does not act on (" + tag + " " + ARBITRATION_STEPS.get(tag) + ")";
        }
        return "tag " + tag + " is not an after-sales message the SOP handles";
    }
}
