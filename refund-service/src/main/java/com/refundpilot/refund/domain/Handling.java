package com.refundpilot.refund.domain;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExpectReturn;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.commands.WatchReturn;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.EvidenceKind;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message being handled for one case: the case, its order file, the shop's policy, now, and the effects
 * collected for the one atomic write. The rule classes decide; this class carries their decisions out the same
 * way every time (decision recorded first, G-7; money through G-1; refusals through G-6).
 */
final class Handling {

    final OrderFile file;
    final RefundCase c;
    final ShopPolicy policy;
    final Instant now;
    final Effects fx;

    Handling(OrderFile file, RefundCase c, ShopPolicy policy, Instant now, Effects fx) {
        this.file = file;
        this.c = c;
        this.policy = policy;
        this.now = now;
        this.fx = fx;
    }

    OrderRef order() {
        return file.order();
    }

    // ---- G-7: every decision names its rule, its facts and its actions --------------------------------

    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("type", c.type().name());
        facts.put("reason", c.reason().name());
        facts.put("amountFen", Long.toString(c.amountFen()));
        facts.put("paidFen", Long.toString(file.paidFen()));
        facts.put("quantity", Integer.toString(c.quantity()));
        facts.put("deadline", c.deadline().toString());
        return facts;
    }

    void decide(String ruleId, Map<String, String> facts, List<String> actions, String summary) {
        c.decide(now, ruleId, facts, actions, summary);
        fx.send(new CaseDecided(order(), c.caseId(), ruleId, facts, actions, summary));
    }

    void note(String kind, String detail) {
        c.note(now, kind, detail);
    }

    void moveTo(CaseState state) {
        if (c.state() != state) {
            c.moveTo(state);
        }
    }

    // ---- the platform -------------------------------------------------------------------------------

    /** Until when the platform adapter may keep retrying an action the platform is too unavailable to take. */
    Instant deliverBy() {
        return DeadlineRules.deliverBy(c.deadline(), policy, now);
    }

    /** Agree the requested amount, or what is left of the order's money if less (G-1). */
    void agree(String ruleId) {
        agree(ruleId, c.amountFen());
    }

    void agree(String ruleId, long wantedFen) {
        if (ReasonRules.holdsTheAgree(this, ruleId)) {
            ReasonRules.hold(this, ruleId, wantedFen);
            return;
        }
        agreeNow(ruleId, wantedFen);
    }

    /** Agree without the RP-1/RP-2 hold (a held agree being released, a person's approval, the last resort). */
    void agreeNow(String ruleId, long wantedFen) {
        long amount = Math.min(Math.min(wantedFen, c.amountFen()), file.remainingFen());
        if (amount <= 0) {
            escalate(RuleIds.G1_AMOUNT, facts(), "Nothing left to refund on this order: never approve blindly");
            return;
        }
        String actionKey = c.nextActionKey(PlatformAction.AGREE_REFUND);
        boolean partial = amount < c.amountFen();
        reportShipmentCancelled(partial);
        c.agreeing(actionKey, amount, ruleId);
        note("COMMAND", (partial ? "agree a partial refund of " : "agree the refund of ") + Money.yuan(amount)
                + " on the platform");
        fx.send(new AgreeRefund(order(), c.caseId(), c.refundId(), amount, partial, c.platformVersion(), actionKey,
                ruleId, deliverBy()));
    }

    /**
     * ADR 0011: the platform hears that the warehouse cancelled the shipment, right before the agree and at most once,
     * under the rule that asked the warehouse. Informational: nothing waits for its result. Not before a partial
     * agree: on Taobao (AliGenius), Pinduoduo (PG) and Douyin (售后小助手) the report can set off the platform's own
     * automatic refund of the whole request. Not where the platform has no such call (its capabilities).
     */
    private void reportShipmentCancelled(boolean partial) {
        if (!c.shipmentCancelUnsettled()) {
            return;
        }
        c.shipmentCancelSettled();
        if (!c.platformOffers(PlatformAction.REPORT_SHIPMENT_CANCELLED)) {
            note("NOT_OFFERED", "the platform takes no report of the cancelled shipment");
            return;
        }
        if (partial) {
            note("NOT_REPORTED", "the cancelled shipment is not reported before a partial agree: the platform's "
                    + "automatic refund would pay the whole request");
            return;
        }
        note("COMMAND", "report the cancelled shipment to the platform (取消发货)");
        fx.send(new ReportShipmentCancelled(order(), c.caseId(), c.refundId(), c.amountFen(),
                c.shipmentCancelledAt(), c.caseId() + ":" + PlatformAction.REPORT_SHIPMENT_CANCELLED, warehouseRule(),
                deliverBy()));
    }

    /**
     * G-6: refuse only with evidence and, where the platform offers 协商, after a negotiation. Without evidence a
     * person decides; without a negotiation yet (and time before the last resort) the system negotiates first and
     * keeps the refusal for the last resort.
     */
    void refuse(String ruleId, String reasonCode, String reasonText, boolean deadlineReached) {
        List<Evidence> evidence = bestEvidence();
        Map<String, String> facts = facts();
        facts.put("evidence", evidence.stream().map(e -> e.kind().name()).toList().toString());
        facts.put("negotiated", Boolean.toString(c.negotiated()));
        if (evidence.isEmpty()) {
            escalate(RuleIds.G6_REFUSE_WITH_EVIDENCE, facts, "A refusal needs evidence and there is none: a person "
                    + "decides (never a bare refusal)", TaskPriority.TOP);
            return;
        }
        if (!c.negotiated() && !deadlineReached && c.platformOffers(PlatformAction.NEGOTIATE)) {
            decide(RuleIds.G6_REFUSE_WITH_EVIDENCE, facts, List.of(PlatformAction.NEGOTIATE.name(),
                    "REFUSE_AT_LAST_RESORT"), "Negotiate before refusing: invite the buyer to withdraw; the refusal ("
                    + ruleId + ") follows at the last resort unless the buyer settles it");
            c.plan(new PlannedRefusal(ruleId, reasonCode, reasonText));
            negotiate(NegotiationKind.ASK_TO_CANCEL, null, reasonText, RuleIds.G6_REFUSE_WITH_EVIDENCE);
            moveTo(CaseState.NEGOTIATING);
            return;
        }
        String actionKey = c.nextActionKey(PlatformAction.REFUSE);
        c.refusing(actionKey, ruleId);
        note("COMMAND", "refuse on the platform (" + reasonCode + ") with " + facts.get("evidence"));
        fx.send(new RefuseRefund(order(), c.caseId(), c.refundId(), reasonCode, reasonText, evidence,
                c.platformVersion(), actionKey, ruleId, deliverBy()));
        notify(BuyerMessageTemplate.REFUSAL_EXPLAINED, Map.of("reason", reasonText), ruleId);
    }

    void refusePlanned(boolean deadlineReached) {
        PlannedRefusal plan = c.plannedRefusal();
        refuse(plan.ruleId(), plan.reasonCode(), plan.reasonText(), deadlineReached);
    }

    /** Proposes through the platform's 协商; false (and nothing sent) when this platform has none. */
    boolean negotiate(NegotiationKind kind, Long amountFen, String message, String ruleId) {
        if (!c.platformOffers(PlatformAction.NEGOTIATE)) {
            note("NOT_OFFERED", "the platform offers no negotiation (" + kind + ")");
            return false;
        }
        String actionKey = c.caseId() + ":" + PlatformAction.NEGOTIATE + ":" + kind + ":" + c.platformVersion()
                + ":" + (c.negotiationCount() + 1);
        c.negotiating(kind, amountFen, actionKey, ruleId);
        note("COMMAND", "negotiate " + kind + (amountFen == null ? "" : " " + Money.yuan(amountFen)));
        fx.send(new NegotiateRefund(order(), c.caseId(), c.refundId(), kind, amountFen, message, c.platformVersion(),
                actionKey, ruleId, deliverBy()));
        return true;
    }

    /** The strongest proof the case has, for a refusal: signing proof, tracking, chat, design, ERP record. */
    List<Evidence> bestEvidence() {
        List<Evidence> evidence = new ArrayList<>();
        if (c.signingProofUrl() != null) {
            evidence.add(new Evidence(EvidenceKind.SIGNING_PROOF, c.signingProofUrl()));
        }
        if (c.trackingNo() != null) {
            evidence.add(new Evidence(EvidenceKind.TRACKING_RECORD,
                    (c.carrier() == null ? "" : c.carrier() + " ") + c.trackingNo()));
        }
        if (c.replacementTrackingNo() != null) {
            evidence.add(new Evidence(EvidenceKind.ERP_RECORD, "reship " + c.replacementTrackingNo()));
        }
        ReturnLeg leg = c.returnLegOrNull();
        if (leg != null && !leg.photoUrls().isEmpty()) {
            evidence.add(new Evidence(EvidenceKind.INSPECTION_PHOTOS, String.join(",", leg.photoUrls())));
        }
        if (leg != null && leg.trackingNo() != null) {
            evidence.add(new Evidence(EvidenceKind.TRACKING_RECORD, "return " + (leg.carrier() == null ? ""
                    : leg.carrier() + " ") + leg.trackingNo()));
        }
        if (c.hasBuyerPhotos()) {
            evidence.add(new Evidence(EvidenceKind.BUYER_PHOTOS, "chat-photos:" + c.refundId()));
        }
        if (c.buyerHasWritten() || c.negotiated()) {
            evidence.add(new Evidence(EvidenceKind.CHAT_LOG, "chat:" + c.refundId()));
        }
        if (c.customMade() && c.productionStarted()) {
            evidence.add(new Evidence(EvidenceKind.DESIGN_CONFIRMATION, "design:" + order().orderId()));
        }
        if (c.trackingNo() == null && (c.forceShip() || c.labelPrinted() || c.stopWasRefused())) {
            evidence.add(new Evidence(EvidenceKind.ERP_RECORD, "erp:" + order().orderId()
                    + (c.forceShip() ? " force-ship" : c.stopWasRefused() ? " could not be stopped" : " label printed")));
        }
        return evidence;
    }

    /** RR-1: the buyer sends the goods back to the shop's return address; who pays the postage follows the reason. */
    void agreeReturn(String ruleId, boolean merchantPaysShipping) {
        ShopPolicy.ReturnAddress to = policy.returnAddress();
        String actionKey = c.nextActionKey(PlatformAction.AGREE_RETURN);
        c.agreeingReturn(actionKey, ruleId);
        note("COMMAND", "agree the return to " + to.province() + " " + to.city()
                + (merchantPaysShipping ? ", the shop pays the postage" : ", the buyer pays the postage"));
        fx.send(new AgreeReturn(order(), c.caseId(), c.refundId(), to.province(), to.city(),
                to.province() + to.city() + " 退货仓 售后组", merchantPaysShipping, c.platformVersion(), actionKey,
                ruleId, deliverBy()));
        notify(BuyerMessageTemplate.RETURN_INSTRUCTIONS, Map.of("address", to.province() + to.city() + " 退货仓",
                "postage", merchantPaysShipping ? "运费由我们承担" : "运费需要您承担"), ruleId);
    }

    /** EX-1: the platform is told the replacement shipped; the case closes EXCHANGED when it confirms. */
    void consignExchange(String ruleId, String carrier, String trackingNo) {
        String actionKey = c.nextActionKey(PlatformAction.EXCHANGE_SHIPPED);
        c.consigningExchange(actionKey, ruleId);
        note("COMMAND", "tell the platform the replacement shipped (" + trackingNo + ")");
        fx.send(new ConsignExchange(order(), c.caseId(), c.refundId(), carrier, trackingNo, c.platformVersion(),
                actionKey, ruleId, deliverBy()));
    }

    /** RR-16: more time to confirm the return's receipt, where the platform offers it. */
    void extendReceipt(String ruleId, Duration extension) {
        String actionKey = c.caseId() + ":" + PlatformAction.EXTEND_RECEIPT + ":" + c.platformVersion();
        c.returnLeg().receiptExtended();
        note("COMMAND", "extend the receipt time by " + extension.toDays() + " days");
        fx.send(new ExtendReceipt(order(), c.caseId(), c.refundId(), extension, c.platformVersion(), actionKey, ruleId,
                deliverBy()));
    }

    void uploadEvidence(String ruleId, String caseRef, String noteText) {
        List<Evidence> evidence = bestEvidence();
        if (evidence.isEmpty()) {
            escalate(RuleIds.G6_REFUSE_WITH_EVIDENCE, facts(), "The platform wants evidence and the case has none: a "
                    + "person must gather it", TaskPriority.TOP);
            return;
        }
        note("COMMAND", "upload the evidence pack " + evidence.stream().map(e -> e.kind().name()).toList());
        fx.send(new UploadEvidence(order(), c.caseId(), caseRef, evidence, noteText,
                c.caseId() + ":" + PlatformAction.UPLOAD_EVIDENCE + ":" + c.decisions().size(), ruleId, deliverBy()));
    }

    /** The merchant's clock stops while the buyer has to act (ship the return); RR-2 reminds them instead. */
    void buyersTurnStarts() {
        c.buyersTurn(true);
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.ESCALATE));
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.LAST_RESORT));
        fx.timer(TimerRequest.schedule(c.caseId(), CaseTimer.RETURN_REMINDER,
                DeadlineRules.dueAtOf(c, CaseTimer.RETURN_REMINDER, policy)));
    }

    void watchReturn() {
        ReturnLeg leg = c.returnLeg();
        note("COMMAND", "check and follow the return waybill " + leg.carrier() + " " + leg.trackingNo());
        fx.send(new WatchReturn(order(), c.caseId(), leg.carrier(), leg.trackingNo(),
                new Address(policy.returnAddress().province(), policy.returnAddress().city()), c.requestedAt()));
        fx.send(new ExpectReturn(order(), c.caseId(), leg.carrier(), leg.trackingNo(), c.sku(), c.quantity()));
    }

    /** Goods out of the warehouse for the case: a reship, an exchange's replacement, wrong goods sent back. */
    void shipOut(String ruleId, WarehouseAction kind, String noteText) {
        note("COMMAND", "ask the warehouse to ship: " + kind);
        c.warehouseAsked(ruleId);
        fx.send(new ShipReplacement(order(), c.caseId(), ruleId, kind, c.sku(), c.quantity(), noteText));
    }

    // ---- people ---------------------------------------------------------------------------------------

    void escalate(String ruleId, Map<String, String> facts, String summary) {
        escalate(ruleId, facts, summary, TaskPriority.HIGH);
    }

    void escalate(String ruleId, Map<String, String> facts, String summary, TaskPriority priority) {
        // Each escalation is its own task: a second one under the same rule (e.g. after a person acted) gets :2, :3
        long earlier = c.decisions().stream()
                .filter(d -> d.ruleId().equals(ruleId) && d.actions().contains("AGENT_TASK")).count();
        decide(ruleId, facts, List.of("AGENT_TASK"), summary);
        c.escalate();
        String taskId = c.caseId() + ":" + ruleId + (earlier == 0 ? "" : ":" + (earlier + 1));
        fx.send(new CreateAgentTask(order(), c.caseId(), taskId, ruleId, priority, c.deadline(), summary));
    }

    /** A task for a person that does not hold the case (e.g. NS-REASON: ask the buyer to change the reason). */
    void task(String ruleId, TaskPriority priority, String summary) {
        fx.send(new CreateAgentTask(order(), c.caseId(), c.caseId() + ":" + ruleId, ruleId, priority, c.deadline(),
                summary));
    }

    void notify(BuyerMessageTemplate template, Map<String, String> params, String ruleId) {
        fx.send(new NotifyBuyer(order(), c.caseId(), c.refundId(), template, params, ruleId));
    }

    // ---- warehouse and courier ------------------------------------------------------------------------

    void checkFulfilment(String why) {
        note("COMMAND", why);
        c.fulfilmentCheckRequested();
        fx.send(new CheckFulfilment(order(), c.caseId()));
    }

    void stop(String ruleId, List<WarehouseAction> steps, String note) {
        c.warehouseAsked(ruleId);
        fx.send(new StopFulfilment(order(), c.caseId(), ruleId, steps, note));
    }

    void watchParcel() {
        note("COMMAND", "follow parcel " + c.carrier() + " " + c.trackingNo() + " at the courier");
        fx.send(new WatchParcel(order(), c.caseId(), c.carrier(), c.trackingNo(), c.destination()));
    }

    void intercept(String ruleId) {
        c.interceptRequested();
        fx.send(new InterceptParcel(order(), c.caseId(), c.carrier(), c.trackingNo(), "退款拦截"));
        stop(ruleId, List.of(WarehouseAction.FLAG_ORDER), "退款拦截");
        note("COMMAND", "intercept " + c.carrier() + " " + c.trackingNo() + ", flag the order in the ERP");
    }

    /** CL: lost or damaged goods are refunded or reshipped first; the claim is filed once that is done. */
    void claimAfterPayment() {
        c.claimAfterPayment(true);
        note("CLAIM_DUE", "a courier claim follows the refund or the reship");
    }

    void fileDueClaim() {
        if (c.claimDueAfterPayment() && !c.claimFiled()) {
            c.claimAfterPayment(false);
            Map<String, String> facts = facts();
            facts.put("valueFen", Long.toString(Math.max(1, file.paidFen())));
            facts.put("trackingNo", String.valueOf(c.trackingNo()));
            facts.put("sku", String.valueOf(c.sku()));
            decide(RuleIds.CL, facts, List.of("COURIER:" + CourierRequestKind.CLAIM), "The buyer is "
                    + (c.replacementTrackingNo() != null ? "reshipped" : "refunded") + ": file the claim form with the "
                    + "courier (order, SKU, waybill, value); it settles later");
            askCourier(CourierRequestKind.CLAIM, "丢件/破损索赔");
        }
    }

    /** A request about the return parcel (RR-13's signing proof), not the outbound one. */
    void askCourierAboutReturn(CourierRequestKind kind, String note) {
        ReturnLeg leg = c.returnLeg();
        note("COMMAND", "ask the courier about the return: " + kind);
        fx.send(new AskCourier(order(), c.caseId(), leg.carrier(), leg.trackingNo(), kind, note, null, c.sku()));
    }

    void askCourier(CourierRequestKind kind, String note) {
        Long value = kind == CourierRequestKind.CLAIM ? Math.max(1, file.paidFen()) : null;
        if (kind == CourierRequestKind.CLAIM) {
            c.claimed();
        }
        note("COMMAND", "ask the courier: " + kind);
        String trackingNo = c.trackingNo() != null ? c.trackingNo()
                : c.returnLegOrNull() == null ? null : c.returnLegOrNull().trackingNo();
        String carrier = c.trackingNo() != null ? c.carrier()
                : c.returnLegOrNull() == null ? null : c.returnLegOrNull().carrier();
        if (trackingNo == null) {
            note("NO_PARCEL", "no parcel to ask the courier about (" + kind + ")");
            return;
        }
        fx.send(new AskCourier(order(), c.caseId(), carrier, trackingNo, kind, note, value, c.sku()));
    }

    void reship(String ruleId) {
        shipOut(ruleId, WarehouseAction.RESHIP, "补寄 " + c.refundId());
        moveTo(CaseState.SHIPPING_REPLACEMENT);
    }

    // ---- closing --------------------------------------------------------------------------------------

    void close(CaseOutcome outcome, long refundedFen, String ruleId) {
        c.close(outcome, refundedFen, now);
        note("CLOSED", outcome + (refundedFen > 0 ? " " + Money.yuan(refundedFen) : ""));
        Boolean recovered = outcome == CaseOutcome.REFUNDED ? c.goodsSafe() : null;
        boolean automated = ruleId != null && !RuleIds.AGENT.equals(ruleId) && !"PLATFORM".equals(ruleId);
        fx.send(new CaseClosed(order(), c.caseId(), outcome, refundedFen, ruleId,
                Duration.between(c.requestedAt(), now).abs(), recovered, automated));
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.ESCALATE));
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.LAST_RESORT));
        fx.timer(TimerRequest.cancel(c.caseId(), CaseTimer.RETURN_REMINDER));
    }

    /**
     * The rule that asked the warehouse what it now answers; decisions made meanwhile (a DL-1 deadline move, a
     * claim) must not take its place. Cases stored before this was kept fall back to the last decision's rule.
     */
    String warehouseRule() {
        return c.warehouseRuleId() != null ? c.warehouseRuleId() : lastRule();
    }

    String lastRule() {
        var decisions = c.decisions();
        return decisions.isEmpty() ? "NONE" : decisions.get(decisions.size() - 1).ruleId();
    }
}
