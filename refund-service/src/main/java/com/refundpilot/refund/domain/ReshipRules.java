package com.refundpilot.refund.domain;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.util.List;
import java.util.Map;

/**
 * refund-sop-spec §7, RE-1 and RE-2: the buyer asks for goods to be sent again. A missing item (漏发) is confirmed by
 * the parcel's weight against the ERP's; a lost or damaged parcel needs the buyer's photos and goes to the courier's
 * arbitration (a claim) — the reship (or the refund the buyer prefers) first, the claim after.
 */
final class ReshipRules {

    /** RE-1: a parcel this much lighter than the ERP expects is missing something. */
    static final double MISSING_ITEM_WEIGHT_RATIO = 0.9;

    private ReshipRules() {
    }

    /** The order shipped: RE-1 waits for the weight, RE-2 asks the buyer for photos of the package. */
    static void shipped(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        if (c.reason() == RefundReason.MISSING_ITEM) {
            h.decide(RuleIds.RE1, facts, List.of("CHECK_WEIGHT"), "A missing item (漏发): check the order in the ERP "
                    + "and the parcel's weight; the reship follows if the weight confirms it");
            h.moveTo(CaseState.AWAITING_WEIGHT);
            if (c.parcelGrams() != null) {
                weighed(h, c.parcelGrams(), c.expectedGrams());
            }
            return;
        }
        h.decide(RuleIds.RE2, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE),
                "Lost or damaged in transit: ask the buyer for photos of the package (courier fault: do not confirm it "
                        + "intact), compare the weights, report to the courier's arbitration, then reship");
        h.notify(BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE, Map.of(), RuleIds.RE2);
        h.moveTo(CaseState.AWAITING_PHOTOS);
    }

    static void parcelWeighed(Handling h, ParcelWeighed weight) {
        RefundCase c = h.c;
        c.weighed(weight.grams(), weight.expectedGrams());
        h.note("PARCEL_WEIGHED", weight.grams() + " g against " + weight.expectedGrams() + " g expected");
        if (c.state() == CaseState.AWAITING_WEIGHT) {
            weighed(h, weight.grams(), weight.expectedGrams());
        }
    }

    private static void weighed(Handling h, long grams, long expectedGrams) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        facts.put("parcelGrams", Long.toString(grams));
        facts.put("expectedGrams", Long.toString(expectedGrams));
        if (expectedGrams > 0 && grams < expectedGrams * MISSING_ITEM_WEIGHT_RATIO) {
            h.decide(RuleIds.RE1, facts, List.of("WAREHOUSE:" + WarehouseAction.RESHIP),
                    "The parcel weighed " + grams + " g of " + expectedGrams + " g: the missing item is confirmed, "
                            + "reship it");
            h.reship(RuleIds.RE1);
            return;
        }
        h.decide(RuleIds.RE1, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_EVIDENCE,
                "BUYER_MESSAGE:" + BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE),
                "The parcel weighed as expected (" + grams + " g): ask the buyer for photos before anything is sent");
        h.notify(BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE, Map.of(), RuleIds.RE1);
        c.plan(new PlannedRefusal(RuleIds.RE1, "WEIGHT_MATCHES",
                "包裹重量与订单一致(" + grams + "克),仓库出库记录完整,附ERP记录,如有疑问请提供开箱照片"));
        h.negotiate(NegotiationKind.ASK_EVIDENCE, null, "包裹称重与订单一致,请提供开箱照片以便核实", RuleIds.RE1);
        h.moveTo(CaseState.AWAITING_PHOTOS);
    }

    /** RE-2 (and RE-1 after a matching weight): the buyer's photos arrive, or the buyer chooses the refund. */
    static boolean buyerReplied(Handling h, BuyerReplied reply) {
        RefundCase c = h.c;
        if (c.state() != CaseState.AWAITING_PHOTOS) {
            return false;
        }
        Map<String, String> facts = h.facts();
        facts.put("buyerSays", reply.intent().name());
        facts.put("photos", Boolean.toString(reply.photos()));
        if (reply.intent() == BuyerIntent.WANTS_REFUND) {
            h.decide(RuleIds.RE2, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                    "The buyer prefers the refund to a reship");
            h.claimAfterPayment();
            h.agree(RuleIds.RE2);
            return true;
        }
        if (!reply.photos()) {
            return false;
        }
        c.photosReceived();
        c.plan(null);
        String rule = c.reason() == RefundReason.MISSING_ITEM ? RuleIds.RE1 : RuleIds.RE2;
        if (c.parcelGrams() != null) {
            facts.put("parcelGrams", Long.toString(c.parcelGrams()));
            facts.put("expectedGrams", Long.toString(c.expectedGrams()));
        }
        h.decide(rule, facts, List.of("COURIER:" + CourierRequestKind.CLAIM + "_AFTER",
                "WAREHOUSE:" + WarehouseAction.RESHIP), "The buyer's photos show the package as delivered: report it to "
                + "the courier's arbitration (a claim, after the reship) and reship the goods");
        h.claimAfterPayment();
        h.reship(rule);
        return true;
    }
}
