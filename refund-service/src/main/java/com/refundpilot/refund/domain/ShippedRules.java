package com.refundpilot.refund.domain;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** refund-sop-spec §5: refund only, the goods are with the courier. */
final class ShippedRules {

    /** RS-8: a parcel that has not moved this long is nudged. */
    static final Duration NUDGE_AFTER = Duration.ofHours(24);
    /** RS-9: a parcel that has not moved this long is lost (72 h to the remote provinces). */
    static final Duration LOST_AFTER = Duration.ofHours(48);
    static final Duration LOST_AFTER_REMOTE = Duration.ofHours(72);
    static final Set<String> REMOTE_PROVINCES = Set.of("新疆", "西藏", "甘肃", "青海", "内蒙古", "宁夏");

    private ShippedRules() {
    }

    // ---- the warehouse says shipped: find out where the parcel is ------------------------------------

    static void shipped(Handling h, Map<String, String> facts, boolean platformNotTold) {
        RefundCase c = h.c;
        facts.put("trackingNo", c.trackingNo());
        if (platformNotTold) {
            h.decide(RuleIds.NS4, facts, List.of("RECORD_TRACKING", "WATCH_PARCEL"),
                    "Shipped offline and the platform was not told: record the real tracking number " + c.trackingNo()
                            + " and continue as a shipped refund (intercept, buyer asked to refuse delivery)");
        }
        h.watchParcel();
        h.moveTo(CaseState.LOCATING_PARCEL);
    }

    /** The courier's view of the parcel when the case starts following it. */
    static void located(Handling h, ParcelStatusReported report) {
        RefundCase c = h.c;
        Map<String, String> facts = parcelFacts(h);
        if (!report.known()) {
            h.note("PARCEL_UNKNOWN", report.code());
            facts.put("courierCode", report.code());
            if ("COURIER_UNAVAILABLE".equals(report.code())) {
                // Where the parcel is cannot be read now: the intercept request is the safe move either way.
                inTransit(h, facts);
            } else {
                h.escalate(RuleIds.COURIER_FAILED, facts, "The courier does not know tracking number "
                        + c.trackingNo() + ": a person must find the parcel");
            }
            return;
        }
        c.parcelSeen(report.status(), report.lastMovementAt(), report.location());
        h.note("PARCEL_LOCATED", report.status() + (report.location() == null ? "" : " at " + where(report.location()))
                + (report.lastMovementAt() == null ? "" : ", last moved " + report.lastMovementAt()));
        facts = parcelFacts(h);
        switch (report.status()) {
            case SIGNED -> signedAskTheBuyer(h, facts);
            case RETURNED_SIGNED -> {
                c.goodsReturned();
                comingBack(h, RuleIds.RS3, "The parcel is already back at the merchant: agree the refund", true);
            }
            case REFUSED_BY_RECIPIENT, RETURNING, INTERCEPT_SUCCEEDED -> {
                c.interceptHeld();
                comingBack(h, RuleIds.RS5, "The parcel is already on its way back: agree the refund", false);
            }
            case LOST -> lost(h, RuleIds.RS9, facts, "The courier reports the parcel lost");
            case MISROUTED -> misrouted(h, facts);
            default -> {
                Duration still = sinceMovement(h);
                if (still != null && still.compareTo(lostAfter(c.destination())) >= 0) {
                    c.firstActOnStall(lostAfter(c.destination()));
                    lost(h, RuleIds.RS9, facts, "No movement for " + still.toHours() + " h: the parcel is lost");
                    return;
                }
                if (still != null && still.compareTo(NUDGE_AFTER) >= 0) {
                    c.firstActOnStall(NUDGE_AFTER);
                    nudge(h, facts, still);
                }
                if (report.status() == TrackingStatus.OUT_FOR_DELIVERY && wrongPlace(c)) {
                    misrouted(h, facts);
                    return;
                }
                inTransit(h, facts);
            }
        }
    }

    /** RS-1 (low value: agree now) or RS-2 (high value: wait for the intercept), both intercept and tell the buyer. */
    static void inTransit(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        boolean lowValue = h.file.paidFen() <= h.policy.highValueThresholdFen();
        facts.put("highValueThresholdFen", Long.toString(h.policy.highValueThresholdFen()));
        String ruleId = lowValue ? RuleIds.RS1 : RuleIds.RS2;
        List<String> actions = new ArrayList<>(List.of("INTERCEPT", WarehouseAction.FLAG_ORDER.name(),
                "BUYER_MESSAGE:" + BuyerMessageTemplate.INTERCEPT_NOTICE));
        actions.add(lowValue ? PlatformAction.AGREE_REFUND.name() : "WAIT_FOR_INTERCEPT");
        h.decide(ruleId, facts, actions, lowValue
                ? "In transit, low value: intercept, flag the order, tell the buyer to refuse delivery, agree now"
                : "In transit, high value: intercept, flag the order, tell the buyer, agree once the intercept holds");
        h.intercept(ruleId);
        h.notify(BuyerMessageTemplate.INTERCEPT_NOTICE, Map.of(), ruleId);
        if (lowValue) {
            h.agree(ruleId);
        } else {
            h.moveTo(CaseState.INTERCEPTING);
        }
    }

    // ---- tracking while the case is open (and after: RS-4 keeps following a refused case) ------------------

    static void tracked(Handling h, TrackingUpdated update) {
        RefundCase c = h.c;
        c.parcelSeen(update.status(), moves(update.status()) ? update.at() : null,
                update.province() == null ? null : new Address(update.province(), update.city()));
        if (!c.state().isOpen()) {
            if (update.status() == TrackingStatus.RETURNED_SIGNED) {
                c.goodsReturned();
                if (c.outcome() == CaseOutcome.REFUSED) {
                    h.notify(BuyerMessageTemplate.PARCEL_BACK_REAPPLY, Map.of("trackingNo", c.trackingNo()),
                            RuleIds.RS4);
                    h.note("FOLLOWING", "the intercepted parcel is back: the buyer is asked to re-apply");
                }
            }
            return;
        }
        if (!c.state().undecided()) {
            return; // an agree or refusal is in flight; the fact is recorded
        }
        Map<String, String> facts = parcelFacts(h);
        switch (update.status()) {
            case INTERCEPT_SUCCEEDED, RETURNING -> {
                c.interceptHeld();
                if (h.policy.refundOn() == RefundOn.INTERCEPT_CONFIRMED) {
                    comingBack(h, RuleIds.RS3, "The intercept holds: the parcel is on its way back, agree the refund",
                            false);
                } else {
                    h.note("WAITING", "the intercept holds; the shop agrees only once the parcel is back "
                            + "(refundOn RETURN_RECEIVED)");
                }
            }
            case RETURNED_SIGNED -> {
                c.goodsReturned();
                comingBack(h, RuleIds.RS3, "The parcel is back at the merchant: agree the refund", true);
            }
            case REFUSED_BY_RECIPIENT -> {
                c.interceptHeld();
                comingBack(h, RuleIds.RS5, "The buyer refused the delivery: the parcel goes back, agree the refund",
                        false);
            }
            case INTERCEPT_FAILED -> interceptFailed(h, "INTERCEPT_FAILED");
            case SIGNED -> {
                if (c.state() == CaseState.VERIFYING_DELIVERY) {
                    courierConfirmsSignature(h, facts);
                } else if (c.state() == CaseState.INTERCEPTING || c.state() == CaseState.WATCHING_PARCEL
                        || c.state() == CaseState.LOCATING_PARCEL || c.state() == CaseState.ESCALATED) {
                    signedAskTheBuyer(h, facts);
                }
            }
            case LOST -> {
                if (c.state() == CaseState.VERIFYING_DELIVERY) {
                    lost(h, RuleIds.RS7, facts, "The courier's check found the parcel lost");
                } else if (!c.lost()) {
                    lost(h, RuleIds.RS9, facts, "The courier reports the parcel lost");
                }
            }
            case MISROUTED -> misrouted(h, facts);
            case OUT_FOR_DELIVERY -> {
                if (wrongPlace(c)) {
                    misrouted(h, facts);
                }
            }
            default -> { }
        }
    }

    static void interceptFailed(Handling h, String code) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        facts.put("interceptResult", code);
        h.decide(RuleIds.RS5, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE),
                "The intercept failed: ask the buyer to refuse the delivery; the refund follows the parcel's return");
        h.notify(BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE, Map.of(), RuleIds.RS5);
        if (c.state() == CaseState.LOCATING_PARCEL) {
            h.moveTo(CaseState.INTERCEPTING);
        }
    }

    /** RS-3 / RS-5: the goods are coming (or came) back; {@code refundOn: RETURN_RECEIVED} waits for the return. */
    private static void comingBack(Handling h, String ruleId, String summary, boolean returned) {
        RefundCase c = h.c;
        if (!returned && h.policy.refundOn() == RefundOn.RETURN_RECEIVED) {
            h.note("WAITING", "the parcel is coming back; the shop agrees once it is back (refundOn RETURN_RECEIVED)");
            h.moveTo(CaseState.INTERCEPTING);
            return;
        }
        Map<String, String> facts = parcelFacts(h);
        h.decide(ruleId, facts, List.of(PlatformAction.AGREE_REFUND.name()), summary);
        h.agree(ruleId);
        if (c.state() == CaseState.AGREEING) {
            h.note("SAFE", "the goods are safe");
        }
    }

    // ---- stalls (RS-8, RS-9) ---------------------------------------------------------------------------

    static void stalled(Handling h, ParcelStalled stall) {
        RefundCase c = h.c;
        if (!c.state().undecided() || !stall.trackingNo().equals(c.trackingNo())) {
            return;
        }
        if (stall.destination() != null && c.destination() == null) {
            h.note("DESTINATION", where(stall.destination()));
        }
        Address destination = c.destination() != null ? c.destination() : stall.destination();
        Map<String, String> facts = parcelFacts(h);
        facts.put("stalledFor", stall.stalledFor().toString());
        facts.put("lastMovementAt", stall.lastMovementAt().toString());
        if (!c.firstActOnStall(stall.stalledFor())) {
            return;
        }
        if (stall.stalledFor().compareTo(lostAfter(destination)) >= 0) {
            lost(h, RuleIds.RS9, facts, "No movement for " + stall.stalledFor().toHours() + " h"
                    + (isRemote(destination) ? " (remote province)" : "") + ": the parcel is lost");
        } else if (stall.stalledFor().compareTo(NUDGE_AFTER) >= 0) {
            nudge(h, facts, stall.stalledFor());
        }
    }

    private static void nudge(Handling h, Map<String, String> facts, Duration still) {
        h.decide(RuleIds.RS8, facts, List.of("COURIER:" + CourierRequestKind.NUDGE, "KEEP_WATCHING"),
                "No movement for " + still.toHours() + " h: nudge the courier and keep watching");
        h.askCourier(CourierRequestKind.NUDGE, "包裹" + still.toHours() + "小时未更新物流,请尽快派送");
    }

    /** RS-9 / RS-7: lost: refund (or reship when the buyer asks) first, the courier claim follows it (CL). */
    private static void lost(Handling h, String ruleId, Map<String, String> facts, String why) {
        RefundCase c = h.c;
        c.parcelLost();
        facts.put("buyerWantsReship", Boolean.toString(c.buyerWantsReship()));
        h.claimAfterPayment();
        if (ruleId.equals(RuleIds.RS7) && !c.buyerWantsReship()) {
            h.decide(ruleId, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.LOST_PARCEL_OPTIONS,
                    "COURIER:" + CourierRequestKind.CLAIM + "_AFTER"), why
                    + ": let the buyer choose a reship or the refund; the courier claim follows");
            h.notify(BuyerMessageTemplate.LOST_PARCEL_OPTIONS, Map.of(), ruleId);
            h.moveTo(CaseState.AWAITING_BUYER_CHOICE);
            return;
        }
        boolean reship = c.buyerWantsReship();
        h.decide(ruleId, facts, List.of(reship ? "WAREHOUSE:" + WarehouseAction.RESHIP : PlatformAction.AGREE_REFUND.name(),
                "COURIER:" + CourierRequestKind.CLAIM + "_AFTER"),
                why + (reship ? ": the buyer asked for a reship; reship, then claim from the courier"
                        : ": no intercept of a lost parcel, refund now, then claim from the courier"));
        if (reship) {
            h.reship(ruleId);
        } else {
            h.agree(ruleId);
        }
    }

    // ---- signed (RS-5 → RS-6 / RS-7) -------------------------------------------------------------------

    private static void signedAskTheBuyer(Handling h, Map<String, String> facts) {
        h.decide(RuleIds.RS5, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.ASK_RECEIPT),
                "Tracking says signed: ask the buyer whether they received it (RS-6 received, RS-7 not received)");
        h.notify(BuyerMessageTemplate.ASK_RECEIPT, Map.of("trackingNo", h.c.trackingNo()), RuleIds.RS5);
        h.moveTo(CaseState.AWAITING_RECEIPT_ANSWER);
    }

    static void buyerReplied(Handling h, BuyerReplied reply) {
        RefundCase c = h.c;
        c.buyerWrote(reply.intent() == BuyerIntent.WANTS_RESHIP);
        h.note("BUYER_SAYS", reply.intent() + (reply.photos() ? " (with photos)" : ""));
        if (!c.state().undecided()) {
            return;
        }
        Map<String, String> facts = parcelFacts(h);
        facts.put("buyerSays", reply.intent().name());
        switch (c.state()) {
            case AWAITING_RECEIPT_ANSWER -> {
                if (reply.intent() == BuyerIntent.RECEIVED) {
                    received(h, facts);
                } else if (reply.intent() == BuyerIntent.NOT_RECEIVED) {
                    notReceived(h, facts);
                }
            }
            case AWAITING_BUYER_CHOICE -> {
                if (reply.intent() == BuyerIntent.WANTS_RESHIP) {
                    h.decide(RuleIds.RS7, facts, List.of("WAREHOUSE:" + WarehouseAction.RESHIP),
                            "The buyer chose a reship of the lost parcel");
                    h.reship(RuleIds.RS7);
                } else if (reply.intent() == BuyerIntent.WANTS_REFUND) {
                    h.decide(RuleIds.RS7, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                            "The buyer chose the refund of the lost parcel");
                    h.agree(RuleIds.RS7);
                }
            }
            default -> { }
        }
    }

    /** RS-6: signed and received: propose return-and-refund; refuse with the signing proof if the buyer declines. */
    private static void received(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        h.decide(RuleIds.RS6, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.CHANGE_TO_RETURN,
                "COURIER:" + CourierRequestKind.REQUEST_SIGNING_PROOF, "REFUSE_IF_DECLINED"),
                "Signed and the buyer confirms receipt: propose return-and-refund; if declined, refuse with the "
                        + "courier's signing proof");
        c.plan(new PlannedRefusal(RuleIds.RS6, "SIGNED_RECEIVED",
                "快递显示已签收且您确认已收到商品,仅退款无法支持,请申请退货退款,附签收底单"));
        h.askCourier(CourierRequestKind.REQUEST_SIGNING_PROOF, "请提供签收底单");
        if (h.negotiate(NegotiationKind.CHANGE_TO_RETURN, null, "您已收到商品,请改为退货退款,寄回后为您退款", RuleIds.RS6)) {
            h.moveTo(CaseState.NEGOTIATING);
        } else {
            h.moveTo(CaseState.AWAITING_EVIDENCE);
        }
    }

    /** RS-7: signed but not received: the courier checks who signed. */
    private static void notReceived(Handling h, Map<String, String> facts) {
        h.decide(RuleIds.RS7, facts, List.of("COURIER:" + CourierRequestKind.VERIFY_DELIVERY,
                "COURIER:" + CourierRequestKind.REQUEST_SIGNING_PROOF,
                "BUYER_MESSAGE:" + BuyerMessageTemplate.COURIER_VERIFYING),
                "Tracking says signed, the buyer says not received: the courier verifies the delivery");
        h.askCourier(CourierRequestKind.VERIFY_DELIVERY, "买家反馈未收到,请核实签收人");
        h.askCourier(CourierRequestKind.REQUEST_SIGNING_PROOF, "请提供签收底单");
        h.notify(BuyerMessageTemplate.COURIER_VERIFYING, Map.of(), RuleIds.RS7);
        h.moveTo(CaseState.VERIFYING_DELIVERY);
    }

    private static void courierConfirmsSignature(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        facts.put("signingProof", Boolean.toString(c.signingProofUrl() != null));
        h.decide(RuleIds.RS7, facts, List.of(PlatformAction.REFUSE.name()),
                "The courier confirms the parcel was signed for: refuse with the signing proof");
        c.plan(new PlannedRefusal(RuleIds.RS7, "SIGNED_CONFIRMED",
                "快递核实包裹已本人签收,附签收底单,如有疑问请联系快递或客服"));
        if (c.signingProofUrl() != null) {
            h.refusePlanned(false);
        } else {
            h.moveTo(CaseState.AWAITING_EVIDENCE);
        }
    }

    static void courierAnswered(Handling h, CourierAnswered answer) {
        RefundCase c = h.c;
        h.note("COURIER_ANSWERED", answer.kind() + (answer.ok() ? " ok" : " " + answer.code())
                + (answer.claimId() == null ? "" : " claim " + answer.claimId()));
        if (answer.kind() == CourierRequestKind.REQUEST_SIGNING_PROOF && answer.ok() && answer.proofUrl() != null) {
            c.signingProof(answer.proofUrl());
        }
        if (!c.state().undecided()) {
            return;
        }
        if (answer.kind() == CourierRequestKind.VERIFY_DELIVERY && answer.verdict() != null
                && c.state() == CaseState.VERIFYING_DELIVERY) {
            Map<String, String> facts = parcelFacts(h);
            facts.put("courierVerdict", answer.verdict());
            if ("LOST".equals(answer.verdict())) {
                lost(h, RuleIds.RS7, facts, "The courier's check found the parcel lost");
            } else {
                courierConfirmsSignature(h, facts);
            }
            return;
        }
        if (answer.kind() == CourierRequestKind.REQUEST_SIGNING_PROOF && c.state() == CaseState.AWAITING_EVIDENCE
                && c.plannedRefusal() != null) {
            h.refusePlanned(false); // with the proof, or with the tracking record when the courier has none
        }
    }

    // ---- RS-4: the intercept has no result at the margin ---------------------------------------------

    static void interceptUnconfirmedAtMargin(Handling h) {
        RefundCase c = h.c;
        Map<String, String> facts = parcelFacts(h);
        h.decide(RuleIds.RS4, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.INTERCEPT_PENDING_EXPLAINED,
                PlatformAction.REFUSE.name(), "KEEP_FOLLOWING"),
                "The intercept has no result at the decision margin: tell the buyer why, refuse with the tracking "
                        + "record; the refund follows the parcel's return");
        h.notify(BuyerMessageTemplate.INTERCEPT_PENDING_EXPLAINED, Map.of("trackingNo", c.trackingNo()), RuleIds.RS4);
        h.refuse(RuleIds.RS4, "PARCEL_INTERCEPTED", "包裹已拦截退回中,退款随包裹退回后处理,包裹退回后请重新申请,我们会立即退款",
                false);
    }

    // ---- RS-10: misrouted -----------------------------------------------------------------------------

    private static void misrouted(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        if (c.interceptWasRequested()) {
            h.note("MISROUTED", "the parcel is astray; it is being intercepted already");
            return;
        }
        facts.put("parcelAt", c.parcelLocation() == null ? "?" : where(c.parcelLocation()));
        facts.put("destination", c.destination() == null ? "?" : where(c.destination()));
        if (c.reason() == RefundReason.NOT_RECEIVED) {
            h.decide(RuleIds.RS10, facts, List.of("COURIER:" + CourierRequestKind.CORRECT_ADDRESS,
                    "BUYER_MESSAGE:" + BuyerMessageTemplate.PARCEL_REDIRECTED,
                    PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_TO_CANCEL),
                    "The courier mis-sorted the parcel and the buyer still wants it: correct the address, tell the "
                            + "buyer and invite them to withdraw the request");
            h.askCourier(CourierRequestKind.CORRECT_ADDRESS, "快递错分,请按正确地址派送");
            h.notify(BuyerMessageTemplate.PARCEL_REDIRECTED, Map.of("trackingNo", c.trackingNo()), RuleIds.RS10);
            c.plan(new PlannedRefusal(RuleIds.RS10, "PARCEL_REDIRECTED",
                    "包裹因快递错分已改派至您的地址,请收货后确认,如仍需退款请拒收"));
            if (h.negotiate(NegotiationKind.ASK_TO_CANCEL, null, "包裹已改派,请收到后撤销退款申请", RuleIds.RS10)) {
                h.moveTo(CaseState.AWAITING_BUYER_CANCEL);
            } else {
                h.moveTo(CaseState.WATCHING_PARCEL);
            }
            return;
        }
        h.decide(RuleIds.RS10, facts, List.of("INTERCEPT"),
                "The parcel is astray and the buyer wants the money: bring it back (intercept), then as RS-1/RS-2");
        inTransit(h, parcelFacts(h));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Scans that mean the parcel moved (a courier's "stalled", a failed intercept or "lost" are not movement). */
    private static boolean moves(TrackingStatus status) {
        return switch (status) {
            case STALLED, INTERCEPT_FAILED, LOST -> false;
            default -> true;
        };
    }

    static Duration lostAfter(Address destination) {
        return isRemote(destination) ? LOST_AFTER_REMOTE : LOST_AFTER;
    }

    static boolean isRemote(Address destination) {
        return destination != null && REMOTE_PROVINCES.stream().anyMatch(destination.province()::startsWith);
    }

    private static Duration sinceMovement(Handling h) {
        return h.c.lastMovementAt() == null ? null : Duration.between(h.c.lastMovementAt(), h.now);
    }

    private static boolean wrongPlace(RefundCase c) {
        return c.destination() != null && c.parcelLocation() != null
                && !c.destination().province().equals(c.parcelLocation().province());
    }

    private static Map<String, String> parcelFacts(Handling h) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        if (c.trackingNo() != null) {
            facts.put("trackingNo", c.trackingNo());
        }
        if (c.parcelStatus() != null) {
            facts.put("parcelStatus", c.parcelStatus().name());
        }
        if (c.lastMovementAt() != null) {
            facts.put("lastMovementAt", c.lastMovementAt().toString());
        }
        if (c.destination() != null) {
            facts.put("destination", where(c.destination()));
        }
        return facts;
    }

    private static String where(Address a) {
        return a.province() + (a.city() == null ? "" : " " + a.city());
    }
}
