package com.refundpilot.refund.domain;

import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * refund-sop-spec §6 (RR) and EX-1: the goods come back before the money (or the replacement) goes out. The return
 * is agreed to the shop's address, the waybill checked, the parcel followed to the warehouse, and the inspection
 * decides.
 */
final class ReturnRules {

    /** RR-2: days after the return was agreed without a waybill before the buyer is reminded (default 3). */
    static final Duration REMIND_AFTER = Duration.ofDays(3);
    /** The merchant's deadline to confirm the receipt when the platform names none (Taobao's 10 days). */
    static final Duration RECEIPT_DEADLINE = Duration.ofDays(10);
    /** RR-16: how much more time to ask for. */
    static final Duration EXTENSION = Duration.ofDays(3);
    /** RR-3: a waybill the courier still does not know this long after the buyer filled it in is suspect. */
    static final Duration UNKNOWN_FOR = Duration.ofHours(24);
    /** RR-17: returning costs this much; goods worth no more are refunded without the return. */
    static final long RETURN_POSTAGE_FEN = 1200;
    /** Return shipping is the merchant's when the goods were at fault (§6). */
    private static final Set<RefundReason> MERCHANT_PAYS_POSTAGE = Set.of(RefundReason.QUALITY,
            RefundReason.NOT_AS_DESCRIBED, RefundReason.WRONG_ITEM_SENT, RefundReason.DAMAGED);

    private ReturnRules() {
    }

    /** The goods are with the buyer (shipped): RR-17 refunds without a return, else RR-1 agrees the return. */
    static void goodsWithBuyer(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        facts.put("perishable", Boolean.toString(c.item() != null && c.item().perishable()));
        facts.put("returnPostageFen", Long.toString(RETURN_POSTAGE_FEN));
        boolean perishable = c.item() != null && c.item().perishable();
        if (c.type() == RefundType.RETURN_AND_REFUND && (perishable || c.amountFen() <= RETURN_POSTAGE_FEN)) {
            h.decide(RuleIds.RR17, facts, List.of(PlatformAction.AGREE_REFUND.name()), perishable
                    ? "Perishable goods are worthless once sent back: refund without a return"
                    : "Returning costs more than the goods: refund without a return");
            h.agree(RuleIds.RR17);
            return;
        }
        boolean merchantPays = MERCHANT_PAYS_POSTAGE.contains(c.reason());
        facts.put("merchantPaysPostage", Boolean.toString(merchantPays));
        facts.put("returnAddress", h.policy.returnAddress().province() + " " + h.policy.returnAddress().city());
        h.decide(c.type() == RefundType.EXCHANGE ? RuleIds.EX1 : RuleIds.RR1, facts,
                List.of(PlatformAction.AGREE_RETURN.name(), "BUYER_MESSAGE:" + BuyerMessageTemplate.RETURN_INSTRUCTIONS),
                "Agree the return to the shop's return address and ask for the return waybill"
                        + (merchantPays ? "; the shop pays the postage (" + c.reason() + ")" : "; the buyer pays the postage"));
        h.agreeReturn(c.type() == RefundType.EXCHANGE ? RuleIds.EX1 : RuleIds.RR1, merchantPays);
    }

    /** The platform took the agreement: the buyer's turn (no merchant deadline), RR-2 reminds in 3 days. */
    static void returnAgreed(Handling h) {
        RefundCase c = h.c;
        c.returnAgreed(h.now);
        h.note("RETURN_AGREED", "the buyer may ship the return now; reminder on " + h.now.plus(REMIND_AFTER));
        h.moveTo(CaseState.AWAITING_RETURN_WAYBILL);
        h.buyersTurnStarts();
    }

    /** RR-2: still no waybill. */
    static void remind(Handling h) {
        RefundCase c = h.c;
        if (c.state() != CaseState.AWAITING_RETURN_WAYBILL || c.returnLeg().wasReminded()) {
            return;
        }
        c.returnLeg().reminded();
        h.decide(RuleIds.RR2, h.facts(), List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.RETURN_REMINDER),
                "No return waybill " + REMIND_AFTER.toDays() + " days after the return was agreed: remind the buyer");
        h.notify(BuyerMessageTemplate.RETURN_REMINDER, Map.of(), RuleIds.RR2);
    }

    /** The buyer filled in (or corrected) the waybill: the receipt stage's deadline, and the waybill is checked. */
    static void returnShipped(Handling h, ReturnShipped shipped) {
        RefundCase c = h.c;
        c.returnLeg().shipped(shipped.carrier(), shipped.trackingNo(), shipped.shippedAt());
        c.buyersTurn(false);
        c.versionSeen(shipped.platformVersion());
        h.fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.RETURN_REMINDER));
        Instant receiptDeadline = shipped.deadline() != null ? shipped.deadline()
                : shipped.shippedAt().plus(RECEIPT_DEADLINE);
        c.deadlineMoved(receiptDeadline, shipped.platformVersion());
        DeadlineRules.schedule(h, shipped.deadline() != null ? "the platform's receipt stage"
                : "the per-platform receipt default of " + RECEIPT_DEADLINE.toDays() + " days");
        h.watchReturn();
        h.moveTo(CaseState.CHECKING_RETURN_WAYBILL);
    }

    /** RR-3 / RR-12: what logistics-service made of the waybill. */
    static void waybillChecked(Handling h, ReturnWaybillChecked check) {
        RefundCase c = h.c;
        ReturnLeg leg = c.returnLeg();
        if (!check.trackingNo().equals(leg.trackingNo())) {
            return; // about a waybill the buyer has replaced since
        }
        leg.checked(check.verdict());
        if (c.state() != CaseState.CHECKING_RETURN_WAYBILL && c.state() != CaseState.RETURN_IN_TRANSIT) {
            h.note("WAYBILL_CHECKED_LATE", check.verdict() + " (the return has moved on: " + c.state() + ")");
            return; // e.g. the 24 h re-check after the warehouse already received the parcel
        }
        Map<String, String> facts = returnFacts(h);
        facts.put("waybillVerdict", check.verdict().name());
        if (check.otherCaseId() != null) {
            facts.put("otherCaseId", check.otherCaseId());
        }
        switch (check.verdict()) {
            case USED_BY_ANOTHER_CASE, COLLECTED_BEFORE_REQUEST -> suspectWaybill(h, facts,
                    check.verdict() == WaybillVerdict.USED_BY_ANOTHER_CASE
                            ? "The return waybill already belongs to another case or order: suspected reuse"
                            : "The courier collected this parcel before the request was made: not this return");
            case UNKNOWN_TO_COURIER -> {
                boolean longUnknown = leg.shippedAt() != null
                        && !check.checkedAt().isBefore(leg.shippedAt().plus(UNKNOWN_FOR));
                if (longUnknown) {
                    h.decide(RuleIds.RR12, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.RETURN_WAYBILL_CHECK),
                            "The courier has no info at all on the return waybill: ask the buyer to verify it");
                    suspectWaybill(h, facts, "The courier still does not know the return waybill after "
                            + UNKNOWN_FOR.toHours() + " h");
                } else {
                    h.note("WAYBILL_UNKNOWN", "the courier does not know " + leg.trackingNo()
                            + " yet; checked again in 24 h (RR-12)");
                    h.moveTo(CaseState.RETURN_IN_TRANSIT);
                }
            }
            case OK -> {
                h.moveTo(CaseState.RETURN_IN_TRANSIT);
                if (check.status() != null) {
                    tracked(h, check.status(), check.location(), check.checkedAt());
                }
            }
        }
    }

    /** RR-3: negotiate (ask the buyer to correct it), never auto-refund; a person if unresolved by the margin. */
    private static void suspectWaybill(Handling h, Map<String, String> facts, String why) {
        RefundCase c = h.c;
        c.returnLeg().suspect();
        h.decide(RuleIds.RR3, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_EVIDENCE,
                "BUYER_MESSAGE:" + BuyerMessageTemplate.RETURN_WAYBILL_CHECK, "NO_AUTO_REFUND"),
                why + ": ask the buyer to correct the waybill; never refunded automatically");
        h.notify(BuyerMessageTemplate.RETURN_WAYBILL_CHECK, Map.of(), RuleIds.RR3);
        h.negotiate(NegotiationKind.ASK_EVIDENCE, null, "退货单号无法核实,请核对并修改为正确的退货单号", RuleIds.RR3);
        h.moveTo(CaseState.RETURN_IN_TRANSIT);
    }

    /** A tracking event of the return parcel. */
    static void tracked(Handling h, TrackingUpdated update) {
        tracked(h, update.status(), update.province() == null ? null : new Address(update.province(), update.city()),
                update.at());
    }

    private static void tracked(Handling h, TrackingStatus status, Address location, Instant at) {
        RefundCase c = h.c;
        ReturnLeg leg = c.returnLeg();
        boolean firstScan = !leg.isCollected() && status != TrackingStatus.SIGNED;
        leg.tracked(status, location);
        if (!c.state().undecided() || leg.isReceived()) {
            return;
        }
        Map<String, String> facts = returnFacts(h);
        facts.put("returnStatus", status.name());
        if (location != null) {
            facts.put("returnLocation", location.province() + " " + (location.city() == null ? "" : location.city()));
        }
        switch (status) {
            case SIGNED -> signed(h, facts, location);
            case RETURNED_SIGNED, RETURNING, REFUSED_BY_RECIPIENT, MISROUTED -> redo(h, facts, status);
            default -> {
                if (firstScan) {
                    collected(h, facts);
                }
            }
        }
    }

    /** RR-4 (low value: refund at pickup, 秒退) or RR-5 (high value: wait for receipt and inspection). */
    private static void collected(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        if (c.returnLeg().isSuspect()) {
            h.note("SUSPECT", "the waybill is suspect (RR-3): no refund at pickup");
            return;
        }
        boolean lowValue = h.file.paidFen() <= h.policy.highValueThresholdFen();
        facts.put("highValueThresholdFen", Long.toString(h.policy.highValueThresholdFen()));
        if (lowValue && c.type() == RefundType.RETURN_AND_REFUND) {
            h.decide(RuleIds.RR4, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                    "The return was collected and the order is low value: refund at pickup (秒退)");
            h.agree(RuleIds.RR4);
        } else {
            h.decide(RuleIds.RR5, facts, List.of("WAIT_FOR_RECEIPT_AND_INSPECTION"), c.type() == RefundType.EXCHANGE
                    ? "The exchange's return was collected: the replacement follows the warehouse's inspection"
                    : "The return was collected, high value: the refund waits for the warehouse's receipt and inspection");
        }
    }

    /**
     * Signed in our city (本地签收): the warehouse records its arrival shortly; if it has not by the margin, RR-13.
     * Signed in another city (异地签收): RR-14 asks the buyer to verify at once and refuses at the margin.
     */
    private static void signed(Handling h, Map<String, String> facts, Address location) {
        RefundCase c = h.c;
        if (signedLocally(h, location)) {
            h.note("RETURN_SIGNED", "signed in our city: waiting for the warehouse's receipt (RR-13 at the margin)");
            return;
        }
        h.decide(RuleIds.RR14, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.RETURN_SIGNED_ELSEWHERE,
                "REFUSE_AT_MARGIN"), "The return shows signed in another city (异地签收): ask the buyer to verify; "
                + "at the margin refuse with the tracking record");
        h.notify(BuyerMessageTemplate.RETURN_SIGNED_ELSEWHERE, Map.of(), RuleIds.RR14);
        c.plan(new PlannedRefusal(RuleIds.RR14, "RETURN_SIGNED_ELSEWHERE",
                "退货显示在异地签收,并非我方退货地址,附物流记录,请核实后重新寄回"));
    }

    private static boolean signedLocally(Handling h, Address location) {
        ShopPolicy.ReturnAddress home = h.policy.returnAddress();
        return location == null || (home.province().equals(location.province())
                && (location.city() == null || home.city().equals(location.city())));
    }

    /** RR-15: the buyer took the return back or sent it to a wrong address: withdraw, retrieve, re-apply. */
    private static void redo(Handling h, Map<String, String> facts, TrackingStatus status) {
        h.decide(RuleIds.RR15, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_TO_CANCEL,
                "BUYER_MESSAGE:" + BuyerMessageTemplate.RETURN_REDO_PLEASE), status == TrackingStatus.MISROUTED
                ? "The return went to a wrong address: ask the buyer to withdraw, retrieve the parcel and re-apply"
                : "The buyer cancelled the return shipment: ask them to withdraw and re-apply when they ship it");
        h.notify(BuyerMessageTemplate.RETURN_REDO_PLEASE, Map.of(), RuleIds.RR15);
        h.c.plan(new PlannedRefusal(RuleIds.RR15, "RETURN_NOT_SENT", "退货包裹未寄达我方退货地址,请撤销申请取回包裹后重新申请"));
        h.negotiate(NegotiationKind.ASK_TO_CANCEL, null, "退货未寄达,请撤销本次申请,取回包裹后重新申请", RuleIds.RR15);
        h.moveTo(CaseState.AWAITING_BUYER_CANCEL);
    }

    static void received(Handling h) {
        RefundCase c = h.c;
        c.returnLeg().received();
        h.note("RETURN_RECEIVED", "the warehouse received " + c.returnLeg().trackingNo());
        if (c.plannedRefusal() != null && (RuleIds.RR13.equals(c.plannedRefusal().ruleId())
                || RuleIds.RR14.equals(c.plannedRefusal().ruleId()))) {
            c.plan(null); // it did arrive after all
        }
        if (c.state().undecided()) {
            h.moveTo(CaseState.AWAITING_INSPECTION);
        }
    }

    /** RR-6..RR-11, EX-1: what the inspection found. */
    static void inspected(Handling h, ReturnInspected inspection) {
        RefundCase c = h.c;
        ReturnLeg leg = c.returnLeg();
        if (!leg.isReceived()) {
            received(h);
        }
        leg.inspected(inspection.result(), inspection.receivedQuantity(), inspection.photoUrls());
        if (!c.state().undecided()) {
            h.note("INSPECTED", inspection.result() + " (the case was decided already)");
            return;
        }
        Map<String, String> facts = returnFacts(h);
        facts.put("inspection", inspection.result().name());
        facts.put("receivedQuantity", Integer.toString(inspection.receivedQuantity()));
        facts.put("photos", Integer.toString(inspection.photoUrls().size()));
        boolean exchange = c.type() == RefundType.EXCHANGE;
        switch (inspection.result()) {
            case MATCH -> {
                if (exchange) {
                    h.decide(RuleIds.EX1, facts, List.of("WAREHOUSE:" + WarehouseAction.SHIP_EXCHANGE),
                            "The returned goods are as sold, no resale impact: ship the replacement");
                    h.shipOut(RuleIds.EX1, WarehouseAction.SHIP_EXCHANGE, "换货 " + c.refundId());
                    h.moveTo(CaseState.SHIPPING_REPLACEMENT);
                } else {
                    h.decide(RuleIds.RR6, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                            "The return is signed at our warehouse and matches the order: agree the refund");
                    h.agree(RuleIds.RR6);
                }
            }
            case WRONG_ITEM -> {
                h.decide(RuleIds.RR7, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_TO_CANCEL,
                        "WAREHOUSE:" + WarehouseAction.RETURN_WRONG_GOODS,
                        "BUYER_MESSAGE:" + BuyerMessageTemplate.WRONG_GOODS_RETURNED),
                        "The goods that came back are not this order's: send them back, ask the buyer to withdraw and "
                                + "return the right goods");
                h.shipOut(RuleIds.RR7, WarehouseAction.RETURN_WRONG_GOODS, "退回错误商品 " + c.refundId());
                h.notify(BuyerMessageTemplate.WRONG_GOODS_RETURNED, Map.of(), RuleIds.RR7);
                c.plan(new PlannedRefusal(RuleIds.RR7, "WRONG_GOODS_RETURNED",
                        "退回的商品并非本订单商品,已原路退回,附验货照片,请寄回正确的商品"));
                h.negotiate(NegotiationKind.ASK_TO_CANCEL, null, "退回商品与订单不符,已寄回给您,请撤销申请并寄回正确商品",
                        RuleIds.RR7);
                h.moveTo(CaseState.AWAITING_BUYER_CANCEL);
            }
            case QUANTITY_SHORT -> partial(h, facts, RuleIds.RR8, Math.round((double) c.amountFen()
                    * Math.max(0, inspection.receivedQuantity()) / c.quantity()),
                    BuyerMessageTemplate.QUANTITY_SHORT_PROPOSAL, "Fewer pieces came back ("
                            + inspection.receivedQuantity() + " of " + c.quantity() + "): propose a partial refund for "
                            + "what came back, or the buyer sends the rest (a courier loss is the buyer's claim)");
            case AFFECTS_RESALE -> partial(h, facts, RuleIds.RR9,
                    c.amountFen() - Math.round(c.amountFen() * h.policy.resaleDeductionPercent() / 100.0),
                    BuyerMessageTemplate.RESALE_AFFECTED_PROPOSAL, "The goods can no longer be sold as new, no quality "
                            + "problem: propose a partial refund (never a bare refusal)");
            case QUALITY_PROBLEM -> {
                h.decide(RuleIds.RR10, facts, List.of(exchange ? "WAREHOUSE:" + WarehouseAction.SHIP_EXCHANGE
                        : PlatformAction.AGREE_REFUND.name(), "BUYER_MESSAGE:" + BuyerMessageTemplate.SHIPPING_FEE_REFUNDED,
                        "AGENT_TASK:REFUND_POSTAGE"), "A quality problem is confirmed: the shop bears the return "
                        + "postage (refunded separately)" + (exchange ? "; ship the replacement" : "; agree the refund"));
                h.notify(BuyerMessageTemplate.SHIPPING_FEE_REFUNDED, Map.of(), RuleIds.RR10);
                h.task(RuleIds.RR10, TaskPriority.NORMAL, "质量问题退货: 退还买家寄回运费(支付宝/另行打款)");
                if (exchange) {
                    h.shipOut(RuleIds.EX1, WarehouseAction.SHIP_EXCHANGE, "换货 " + c.refundId());
                    h.moveTo(CaseState.SHIPPING_REPLACEMENT);
                } else {
                    h.agree(RuleIds.RR10);
                }
            }
            case DAMAGED_ON_ARRIVAL -> {
                h.decide(RuleIds.RR11, facts, List.of("REFUSE_AT_THE_DOOR",
                        "BUYER_MESSAGE:" + BuyerMessageTemplate.DAMAGED_ON_ARRIVAL_NOTICE,
                        PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_TO_CANCEL),
                        "The parcel arrived damaged (below the signing standard): refused back to the sender, photos "
                                + "to the buyer, an exchange proposed; the refusal with evidence follows if not settled");
                h.notify(BuyerMessageTemplate.DAMAGED_ON_ARRIVAL_NOTICE, Map.of(), RuleIds.RR11);
                c.plan(new PlannedRefusal(RuleIds.RR11, "DAMAGED_ON_ARRIVAL",
                        "退货包裹到达时已破损,不符合签收标准,已拒收退回,附验货照片,可为您换货"));
                h.negotiate(NegotiationKind.ASK_TO_CANCEL, null, "退货到达时已破损,已拒收退回,建议您撤销申请,我们为您换货",
                        RuleIds.RR11);
                h.moveTo(CaseState.AWAITING_BUYER_CANCEL);
            }
        }
    }

    /** RR-8 / RR-9: a partial refund proposed; if declined, a person decides (never a bare refusal). */
    private static void partial(Handling h, Map<String, String> facts, String ruleId, long offerFen,
            BuyerMessageTemplate template, String summary) {
        facts.put("offerFen", Long.toString(offerFen));
        if (offerFen < 1) {
            h.escalate(ruleId, facts, summary + "; nothing to offer: a person decides");
            return;
        }
        h.decide(ruleId, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.PARTIAL_REFUND,
                "BUYER_MESSAGE:" + template), summary + " of " + Money.yuan(offerFen));
        h.notify(template, Map.of("amount", Money.yuan(offerFen)), ruleId);
        if (h.negotiate(NegotiationKind.PARTIAL_REFUND, offerFen, "根据验货结果,协商退款" + Money.yuan(offerFen) + "元",
                ruleId)) {
            h.moveTo(CaseState.NEGOTIATING);
        } else {
            h.escalate(ruleId, facts, "The platform has no negotiation: a person proposes " + Money.yuan(offerFen));
        }
    }

    /** DL-2 during the return: RR-16 extends the receipt time where offered, else the RS-4-style refusal. */
    static boolean atDecisionMargin(Handling h) {
        RefundCase c = h.c;
        ReturnLeg leg = c.returnLegOrNull();
        if (leg == null || leg.isReceived() || (c.state() != CaseState.RETURN_IN_TRANSIT
                && c.state() != CaseState.CHECKING_RETURN_WAYBILL)) {
            return false;
        }
        if (leg.isSuspect()) {
            return false; // RR-3: a person at the margin
        }
        Map<String, String> facts = returnFacts(h);
        if (c.plannedRefusal() != null && RuleIds.RR14.equals(c.plannedRefusal().ruleId())) {
            h.decide(RuleIds.RR14, facts, List.of(PlatformAction.REFUSE.name()), "The margin came and the return is "
                    + "still signed in another city, not at our warehouse: refuse with the tracking record");
            h.refusePlanned(false);
            return true;
        }
        if (leg.isSigned()) {
            h.decide(RuleIds.RR13, facts, List.of("COURIER:" + CourierRequestKind.REQUEST_SIGNING_PROOF,
                    PlatformAction.REFUSE.name()), "The return was signed in our city but the warehouse has no receipt by "
                    + "the margin: ask the courier for the signing proof and refuse with it");
            h.askCourierAboutReturn(CourierRequestKind.REQUEST_SIGNING_PROOF, "退货显示本地签收,仓库未收到,请提供签收底单");
            c.plan(new PlannedRefusal(RuleIds.RR13, "RETURN_NOT_RECEIVED",
                    "退货显示已签收但我方仓库未收到包裹,附快递签收底单,请联系快递核实"));
            h.moveTo(CaseState.AWAITING_EVIDENCE);
            return true;
        }
        if (c.platformOffers(PlatformAction.EXTEND_RECEIPT) && !leg.isReceiptExtended()) {
            h.decide(RuleIds.RR16, facts, List.of(PlatformAction.EXTEND_RECEIPT.name()),
                    "The return has not arrived and the receipt deadline is near: extend the receipt time by "
                            + EXTENSION.toDays() + " days");
            h.extendReceipt(RuleIds.RR16, EXTENSION);
            return true;
        }
        h.decide(RuleIds.RR16, facts, List.of(PlatformAction.REFUSE.name()), (leg.isReceiptExtended()
                ? "The return has still not arrived after the extension" : "The platform cannot extend the receipt time")
                + ": refuse with the reason, the refund follows the return's arrival");
        h.refuse(RuleIds.RR16, "RETURN_NOT_ARRIVED", "退货尚未到达我方仓库,附物流记录,包裹签收后我们会立即退款", false);
        return true;
    }

    private static Map<String, String> returnFacts(Handling h) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        ReturnLeg leg = c.returnLegOrNull();
        if (leg != null && leg.trackingNo() != null) {
            facts.put("returnWaybill", (leg.carrier() == null ? "" : leg.carrier() + " ") + leg.trackingNo());
        }
        return facts;
    }

    /** Whether an event's tracking number is this case's return parcel. */
    static boolean isReturnParcel(RefundCase c, String trackingNo) {
        return c.returnLegOrNull() != null && trackingNo.equals(c.returnLegOrNull().trackingNo());
    }
}
