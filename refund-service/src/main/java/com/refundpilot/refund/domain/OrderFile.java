package com.refundpilot.refund.domain;

import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ClaimUpdated;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDeadlineReached;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReplacementFailed;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.AgentDecision;
import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate: one order and all its after-sales cases, decided together by one consumer at a time
 * (messages are keyed by order). Every handler returns the {@link Effects} to apply atomically with the
 * new state: commands, events and timers. The rules live in {@link NotShippedRules}, {@link ShippedRules} and
 * {@link DeadlineRules}; {@link Handling} carries their decisions out. Pure Java: no framework types (an ArchUnit
 * test keeps it so).
 */
public final class OrderFile {

    private static final int MAX_FULFILMENT_CHECKS = 3;

    private OrderRef order;
    private long paidFen;
    private int purchasedQuantity;
    private List<RefundCase> cases = new ArrayList<>();
    private List<ComplaintCase> complaints = new ArrayList<>();

    private OrderFile() {
        // for the persistence mapper
    }

    public static OrderFile of(RefundRequested firstRequest) {
        var file = new OrderFile();
        file.order = firstRequest.order();
        file.paidFen = firstRequest.orderPaidFen();
        file.purchasedQuantity = firstRequest.orderQuantity();
        return file;
    }

    /** A complaint can come for an order the system has no request for: the file starts from it. */
    public static OrderFile forComplaint(ComplaintFiled filed) {
        var file = new OrderFile();
        file.order = filed.order();
        file.paidFen = filed.orderPaidFen() == null ? 0 : filed.orderPaidFen();
        file.purchasedQuantity = 1;
        return file;
    }

    // ---- a buyer's request -------------------------------------------------------------------------------

    public Effects onRefundRequested(RefundRequested request, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        if (findCase(request.caseId()).isPresent()) {
            return fx; // the same request delivered again (G-4): the case exists, nothing changes
        }
        RefundCase c = RefundCase.open(request, now);
        long remainingBefore = remainingFen();
        cases.add(c);
        fx.send(new CaseOpened(order, c.caseId(), c.refundId(), c.type(), c.reason(), c.amountFen(), c.deadline(),
                c.sku()));
        Handling h = new Handling(this, c, policy, now, fx);
        DeadlineRules.schedule(h, "the platform's request");
        decideRequest(h, remainingBefore);
        return fx;
    }

    /**
     * The guards every request passes before any rule may refund it, the order checked as a whole: G-3 (another
     * request on the order still open, or its goods or money already refunded in full), G-2 (more pieces than
     * bought and not yet refunded), G-1 (more money than paid and not yet refunded).
     */
    private void decideRequest(Handling h, long remainingBefore) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        int piecesLeft = purchasedQuantity - refundedPiecesBesides(c);
        facts.put("remainingFen", Long.toString(remainingBefore));
        facts.put("piecesLeft", Integer.toString(piecesLeft));
        if (otherCaseOpen(c) || piecesLeft <= 0 || remainingBefore <= 0) {
            h.escalate(RuleIds.G3_ONE_REFUND_PER_MONEY, facts, otherCaseOpen(c)
                    ? "Another after-sales request on this order is still being decided: never auto-approve a "
                            + "second request for the same money"
                    : "This order's goods or money were refunded already: a later request must not refund twice");
        } else if (c.quantity() > piecesLeft) {
            h.escalate(RuleIds.G2_QUANTITY, facts, "Refund quantity " + c.quantity() + " exceeds the "
                    + piecesLeft + " of " + purchasedQuantity + " pieces bought and not yet refunded");
        } else if (c.amountFen() > remainingBefore) {
            h.escalate(RuleIds.G1_AMOUNT, facts, "Requested " + Money.yuan(c.amountFen())
                    + " exceeds the refundable remainder " + Money.yuan(remainingBefore));
        } else {
            if (c.type() == RefundType.REFUND_ONLY) {
                NotShippedRules.reasonThatCountsAgainstTheStore(h);
            }
            h.moveTo(CaseState.CHECKING_FULFILMENT);
            h.checkFulfilment("ask the warehouse for the fulfilment state");
        }
    }

    /** The buyer changed the request or re-applied after a refusal (RS-4): new terms, new deadline (DL-1). */
    public Effects onRefundModified(RefundModified modified, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(modified.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("REQUEST_MODIFIED", modified.type() + " " + modified.reason() + " for "
                + Money.yuan(modified.amountFen()) + ", version " + modified.platformVersion());
        if (!c.state().isOpen()) {
            if (c.outcome() != CaseOutcome.REFUSED) {
                return fx;
            }
            long remaining = remainingFen();
            c.modified(modified);
            c.reopen(CaseState.CHECKING_FULFILMENT);
            h.note("REOPENED", "the buyer re-applied after the refusal");
            DeadlineRules.schedule(h, "the buyer's new application");
            decideRequest(h, remaining);
            return fx;
        }
        boolean acceptsProposal = c.state() == CaseState.NEGOTIATING
                && c.negotiationKind() == NegotiationKind.PARTIAL_REFUND
                && c.negotiationAmountFen() != null && modified.amountFen() == c.negotiationAmountFen();
        boolean deadlineMoved = !modified.deadline().equals(c.deadline());
        RefundType typeBefore = c.type();
        c.modified(modified);
        if (deadlineMoved) {
            DeadlineRules.schedule(h, "the modified request");
        }
        if (!c.state().undecided()) {
            return fx;
        }
        Map<String, String> facts = h.facts();
        if (c.state() == CaseState.AWAITING_REASON_CHANGE && ReasonRules.reasonNowAcceptable(modified.reason())) {
            ReasonRules.release(h, "the buyer changed the reason to " + modified.reason());
        } else if (modified.type() != typeBefore && modified.type() == RefundType.RETURN_AND_REFUND
                && c.fulfilment() != null && c.fulfilment().shipped() && c.returnLegOrNull() == null) {
            h.note("TYPE_CHANGED", "the buyer changed the request to return-and-refund");
            ReturnRules.goodsWithBuyer(h, facts);
        } else if (modified.type() != typeBefore && modified.type() != RefundType.REFUND_ONLY) {
            h.escalate(RuleIds.NOT_AUTOMATED, facts, "The request changed to " + modified.type()
                    + " midway: a person decides");
        } else if (acceptsProposal) {
            proposalAccepted(h, modified.amountFen());
        } else if (c.amountFen() > remainingFen()) {
            h.escalate(RuleIds.G1_AMOUNT, facts, "The modified request for " + Money.yuan(c.amountFen())
                    + " exceeds the refundable remainder " + Money.yuan(remainingFen()));
        }
        return fx;
    }

    public Effects onDeadlineChanged(DeadlineChanged changed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(changed.caseId()).orElse(null);
        if (c == null || changed.deadline().equals(c.deadline())) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("DEADLINE_CHANGED", c.deadline() + " → " + changed.deadline());
        c.deadlineMoved(changed.deadline(), changed.platformVersion());
        DeadlineRules.schedule(h, "moved by the platform");
        return fx;
    }

    // ---- the warehouse -----------------------------------------------------------------------------------

    public Effects onFulfilmentReported(FulfilmentReported report, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(report.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.CHECKING_FULFILMENT) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        c.fulfilmentReported(report.state(), report.forceShip(), report.printed(), report.destination(), report.item());
        h.note("FULFILMENT_REPORTED", report.state() + (report.forceShip() ? ", force-ship flag set" : "")
                + (report.printed() ? ", label printed" : "")
                + (report.trackingNo() != null ? ", tracking " + report.carrier() + " " + report.trackingNo() : ""));
        Map<String, String> facts = h.facts();
        facts.put("fulfilment", report.state().name());
        facts.put("forceShip", Boolean.toString(report.forceShip()));
        if (c.type() != RefundType.REFUND_ONLY) {
            goodsAsked(h, report, facts);
            return fx;
        }
        if (report.state().shipped()) {
            if (report.trackingNo() == null || report.trackingNo().isBlank()) {
                h.escalate(RuleIds.NOT_AUTOMATED, facts, "The warehouse reports the order shipped but gives no "
                        + "tracking number: a person must find it");
                return fx;
            }
            c.shippedWith(report.carrier(), report.trackingNo());
            ShippedRules.shipped(h, facts, report.state() == com.refundpilot.contracts.vocabulary.FulfilmentState
                    .SHIPPED_NOT_SYNCED);
            return fx;
        }
        NotShippedRules.decide(h, facts);
        return fx;
    }

    /** Return-and-refund, exchange, reship (§6, §7): the goods must have left for any of them to apply. */
    private void goodsAsked(Handling h, FulfilmentReported report, Map<String, String> facts) {
        RefundCase c = h.c;
        if (report.trackingNo() != null && !report.trackingNo().isBlank()) {
            c.shippedWith(report.carrier(), report.trackingNo());
        }
        if (!report.state().shipped()) {
            if (c.type() == RefundType.RETURN_AND_REFUND) {
                h.note("NOT_SHIPPED", "a return was asked for goods that never left: refunded as not shipped");
                NotShippedRules.decide(h, facts);
            } else {
                h.escalate(RuleIds.NOT_AUTOMATED, facts, c.type() + " of an order that has not shipped: a person "
                        + "changes the order instead");
            }
            return;
        }
        if (c.type() == RefundType.RESHIP) {
            ReshipRules.shipped(h, facts);
        } else {
            ReturnRules.goodsWithBuyer(h, facts);
        }
    }

    public Effects onFulfilmentStopped(FulfilmentStopped stopped, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(stopped.caseId()).orElse(null);
        if (!stopped.stepsDone().contains(WarehouseAction.CANCEL_ORDER)) {
            if (c != null) {
                c.note(now, "ERP_DONE", "the warehouse did " + stopped.stepsDone());
            }
            return fx; // e.g. the RS flag on a shipped order: nothing to decide
        }
        if (c == null || (c.state() != CaseState.STOPPING_FULFILMENT && c.state() != CaseState.ESCALATED)) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("ORDER_STOPPED", "the warehouse confirmed " + stopped.stepsDone());
        c.shipmentCancelled(now);
        if (c.agreeAfterStopFen() != null) {
            h.agree(c.negotiationRule(), c.agreeAfterStopFen()); // NS-6: the partial refund the buyer accepted
        } else {
            h.agree(h.warehouseRule());
        }
        return fx;
    }

    public Effects onFulfilmentStopFailed(FulfilmentStopFailed failed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.STOPPING_FULFILMENT || !failed.failedStep().stopsTheOrder()) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("ORDER_STOP_FAILED", failed.failedStep() + " refused: " + failed.code()
                + (failed.detail() == null ? "" : " (" + failed.detail() + ")"));
        Map<String, String> facts = h.facts();
        facts.put("failedStep", failed.failedStep().name());
        facts.put("erpCode", failed.code());
        switch (failed.code()) {
            case "VOID_FAILED", "FORCE_SHIP" -> {
                c.stopFailed();
                h.escalate(RuleIds.NS5, facts,
                        "The warehouse cannot stop the order (" + failed.code() + "): a person must decide");
            }
            case "ALREADY_CANCELLED" -> {
                // The order is cancelled already (by a person, or by an earlier attempt): the goods are safe.
                h.note("ORDER_STOPPED", "the ERP reports the order already cancelled");
                c.shipmentCancelled(now);
                h.agree(h.warehouseRule());
            }
            case "ALREADY_SHIPPED" -> {
                if (failed.trackingNo() == null || failed.trackingNo().isBlank()) {
                    h.escalate(RuleIds.NOT_AUTOMATED, facts, "The order left the warehouse meanwhile without a "
                            + "tracking number: a person must find the parcel");
                } else {
                    c.shippedWith(failed.carrier(), failed.trackingNo());
                    c.fulfilmentReported(com.refundpilot.contracts.vocabulary.FulfilmentState.SHIPPED, c.forceShip(),
                            c.labelPrinted(), null, null);
                    facts.put("trackingNo", failed.trackingNo());
                    h.decide(RuleIds.NS4, facts, List.of("RECORD_TRACKING", "WATCH_PARCEL"),
                            "The order left the warehouse while it was being stopped: follow parcel "
                                    + failed.trackingNo() + " as a shipped refund");
                    ShippedRules.shipped(h, facts, false);
                }
            }
            case "LABEL_PRINTED" -> {
                h.note("LABEL_PRINTED", "the morning batch printed the label meanwhile (NS-CUTOFF): read the order "
                        + "again");
                recheckOrEscalate(h, facts);
            }
            default -> recheckOrEscalate(h, facts);
        }
        return fx;
    }

    public Effects onFulfilmentCheckFailed(FulfilmentCheckFailed failed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.CHECKING_FULFILMENT) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("FULFILMENT_CHECK_FAILED", failed.code() + (failed.detail() == null ? "" : " (" + failed.detail() + ")"));
        Map<String, String> facts = h.facts();
        facts.put("erpCode", failed.code());
        if ("ORDER_NOT_FOUND".equals(failed.code())) {
            h.escalate(RuleIds.WAREHOUSE_FAILED, facts,
                    "The ERP does not know this order: a person must find where the goods are");
        } else {
            recheckOrEscalate(h, facts);
        }
        return fx;
    }

    private void recheckOrEscalate(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        if (c.fulfilmentChecks() < MAX_FULFILMENT_CHECKS) {
            h.moveTo(CaseState.CHECKING_FULFILMENT);
            h.checkFulfilment("ask the warehouse again (attempt " + (c.fulfilmentChecks() + 1) + ")");
        } else {
            h.escalate(RuleIds.WAREHOUSE_FAILED, facts,
                    "The warehouse could not settle the order's state after " + MAX_FULFILMENT_CHECKS + " tries");
        }
    }

    public Effects onReplacementShipped(ReplacementShipped shipped, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(shipped.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        if (shipped.kind() == WarehouseAction.RETURN_WRONG_GOODS) {
            h.note("WRONG_GOODS_SENT_BACK", shipped.carrier() + " " + shipped.trackingNo());
            return fx;
        }
        if (c.state() != CaseState.SHIPPING_REPLACEMENT) {
            return fx;
        }
        if (shipped.kind() == WarehouseAction.SHIP_EXCHANGE) {
            c.replacementShipped(shipped.trackingNo());
            Map<String, String> facts = h.facts();
            facts.put("replacement", shipped.carrier() + " " + shipped.trackingNo());
            h.decide(RuleIds.EX1, facts, List.of(PlatformAction.EXCHANGE_SHIPPED.name(),
                    "BUYER_MESSAGE:" + BuyerMessageTemplate.EXCHANGE_SHIPPED), "The replacement is on its way ("
                    + shipped.trackingNo() + "): tell the platform (so its receipt deadline cannot refund the "
                    + "exchange) and the buyer");
            h.consignExchange(RuleIds.EX1, shipped.carrier(), shipped.trackingNo());
            h.notify(BuyerMessageTemplate.EXCHANGE_SHIPPED, Map.of("trackingNo", shipped.trackingNo()), RuleIds.EX1);
            return fx;
        }
        c.replacementShipped(shipped.trackingNo());
        // The rule that chose the reship (RS-7, RS-9, RE-2) owns what follows, not the claim filed just before it.
        String rule = h.warehouseRule();
        h.fileDueClaim();
        Map<String, String> facts = h.facts();
        facts.put("replacement", shipped.carrier() + " " + shipped.trackingNo());
        h.decide(rule, facts, List.of("BUYER_MESSAGE:" + BuyerMessageTemplate.RESHIP_NOTICE,
                PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_TO_CANCEL),
                "The replacement is on its way (" + shipped.trackingNo() + "): tell the buyer and invite them to "
                        + "withdraw the refund request");
        h.notify(BuyerMessageTemplate.RESHIP_NOTICE, Map.of("trackingNo", shipped.trackingNo()), rule);
        c.plan(new PlannedRefusal(rule, "RESHIPPED", "已为您补寄商品,快递单号" + shipped.trackingNo()
                + ",请注意查收,补寄后不再退款"));
        h.negotiate(NegotiationKind.ASK_TO_CANCEL, null, "已为您补寄,单号" + shipped.trackingNo() + ",请撤销退款申请", rule);
        h.moveTo(CaseState.AWAITING_BUYER_CANCEL);
        return fx;
    }

    public Effects onReplacementFailed(ReplacementFailed failed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.SHIPPING_REPLACEMENT) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        Map<String, String> facts = h.facts();
        facts.put("erpCode", failed.code());
        String rule = h.warehouseRule();
        h.decide(rule, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                "The warehouse cannot reship (" + failed.code() + "): refund the lost parcel instead");
        h.agree(rule);
        return fx;
    }

    // ---- the courier -------------------------------------------------------------------------------------

    public Effects onParcelStatusReported(ParcelStatusReported report, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(report.caseId()).orElse(null);
        if (c == null || c.state() != CaseState.LOCATING_PARCEL) {
            return fx;
        }
        ShippedRules.located(new Handling(this, c, policy, now, fx), report);
        return fx;
    }

    public Effects onInterceptRequested(InterceptRequested requested, Instant now) {
        var fx = new Effects();
        findCase(requested.caseId()).ifPresent(c -> c.note(now, "INTERCEPT_REQUESTED",
                "the courier accepted the intercept of " + requested.trackingNo()));
        return fx;
    }

    public Effects onInterceptFailed(InterceptFailed failed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(failed.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("INTERCEPT_FAILED", failed.code() + (failed.reason() == null ? "" : " (" + failed.reason() + ")"));
        if (c.state().undecided()) {
            ShippedRules.interceptFailed(h, failed.code());
        }
        return fx;
    }

    public Effects onTrackingUpdated(TrackingUpdated update, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        for (RefundCase c : cases) {
            boolean returnParcel = ReturnRules.isReturnParcel(c, update.trackingNo());
            if (!returnParcel && !update.trackingNo().equals(c.trackingNo())) {
                continue;
            }
            c.note(now, returnParcel ? "RETURN_TRACKING" : "TRACKING", update.status()
                    + (update.city() == null ? "" : " at " + update.province() + " " + update.city()));
            if (returnParcel) {
                ReturnRules.tracked(new Handling(this, c, policy, now, fx), update);
            } else if (c.type() == RefundType.REFUND_ONLY) {
                ShippedRules.tracked(new Handling(this, c, policy, now, fx), update);
            }
        }
        return fx;
    }

    public Effects onParcelStalled(ParcelStalled stalled, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        for (RefundCase c : cases) {
            if (stalled.trackingNo().equals(c.trackingNo()) && c.state().isOpen()) {
                c.note(now, "STALLED", "no movement for " + stalled.stalledFor().toHours() + " h");
                ShippedRules.stalled(new Handling(this, c, policy, now, fx), stalled);
            }
        }
        return fx;
    }

    public Effects onCourierAnswered(CourierAnswered answer, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(answer.caseId()).orElse(null);
        if (c != null) {
            ShippedRules.courierAnswered(new Handling(this, c, policy, now, fx), answer);
        }
        return fx;
    }

    // ---- the buyer (through the platform) ---------------------------------------------------------------

    public Effects onBuyerReplied(BuyerReplied reply, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(reply.caseId()).orElse(null);
        if (c != null) {
            Handling h = new Handling(this, c, policy, now, fx);
            if (!ReshipRules.buyerReplied(h, reply)) {
                ShippedRules.buyerReplied(h, reply);
            }
        }
        return fx;
    }

    public Effects onNegotiationAnswered(NegotiationAnswered answer, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(answer.caseId()).orElse(null);
        if (c == null || c.negotiationKind() == null) {
            return fx;
        }
        c.versionSeen(answer.platformVersion());
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("NEGOTIATION_ANSWERED", c.negotiationKind() + (answer.accepted() ? " accepted" : " declined")
                + (answer.amountFen() == null ? "" : " " + Money.yuan(answer.amountFen())));
        if (c.state() != CaseState.NEGOTIATING && c.state() != CaseState.AWAITING_BUYER_CANCEL
                && c.state() != CaseState.ESCALATED) {
            return fx; // answered already (e.g. the platform showed the accepted terms first), or decided
        }
        if (answer.accepted()) {
            switch (c.negotiationKind()) {
                case PARTIAL_REFUND -> proposalAccepted(h, answer.amountFen() == null ? c.negotiationAmountFen()
                        : answer.amountFen());
                case CHANGE_TO_RETURN -> {
                    c.plan(null);
                    c.typeChanged(RefundType.RETURN_AND_REFUND);
                    h.note("TYPE_CHANGED", "the buyer agreed to return the goods: the request is return-and-refund");
                    ReturnRules.goodsWithBuyer(h, h.facts());
                }
                case CHANGE_REASON -> ReasonRules.release(h, "the buyer agreed to change the reason");
                default -> h.note("WAITING", "the buyer agreed; waiting for the platform to show it");
            }
            return fx;
        }
        Map<String, String> facts = h.facts();
        facts.put("negotiation", c.negotiationKind().name());
        if (c.plannedRefusal() != null) {
            if (c.plannedRefusal().ruleId().equals(RuleIds.RS6) && c.signingProofUrl() == null) {
                h.note("WAITING", "the buyer declined; the refusal waits for the courier's signing proof");
                h.moveTo(CaseState.AWAITING_EVIDENCE);
                return fx;
            }
            h.decide(c.plannedRefusal().ruleId(), facts, List.of(PlatformAction.REFUSE.name()),
                    "The buyer declined the proposal: refuse with the evidence (" + c.plannedRefusal().reasonCode() + ")");
            h.refusePlanned(false);
        } else {
            h.escalate(c.negotiationRule() == null ? RuleIds.AGENT : c.negotiationRule(), facts,
                    "The buyer declined the proposal: a person decides what next");
        }
        return fx;
    }

    /** The buyer accepted a partial refund: agree that amount, never more than proposed or left (G-1). */
    private void proposalAccepted(Handling h, long amountFen) {
        RefundCase c = h.c;
        Map<String, String> facts = h.facts();
        facts.put("acceptedFen", Long.toString(amountFen));
        Long proposed = c.negotiationAmountFen();
        if (proposed == null || amountFen > proposed || amountFen > remainingFen()) {
            h.escalate(RuleIds.G1_AMOUNT, facts, "The accepted amount " + Money.yuan(amountFen)
                    + " is not what was proposed or exceeds what is left: never approve blindly");
            return;
        }
        String rule = c.negotiationRule() == null ? RuleIds.AGENT : c.negotiationRule();
        c.plan(null);
        if (rule.equals(RuleIds.NS6) && c.fulfilment() != null && !c.fulfilment().shipped()) {
            // The custom-made order must not ship after the buyer took the money back: stop it, then agree.
            var plan = NotShippedRules.planFor(c.fulfilment()).orElseThrow();
            List<String> actions = new ArrayList<>(plan.steps().stream().map(Enum::name).toList());
            actions.add(PlatformAction.AGREE_PARTIAL_REFUND.name());
            h.decide(rule, facts, actions, "The buyer accepted the partial refund of " + Money.yuan(amountFen)
                    + ": stop the order in the ERP, then agree it");
            c.agreeAfterStop(amountFen);
            h.moveTo(CaseState.STOPPING_FULFILMENT);
            h.stop(rule, plan.steps(), "退款(定制协商)");
            return;
        }
        h.decide(rule, facts, List.of(PlatformAction.AGREE_PARTIAL_REFUND.name()),
                "The buyer accepted the partial refund of " + Money.yuan(amountFen) + ": agree it");
        h.agree(rule, amountFen);
    }

    // ---- the platform ------------------------------------------------------------------------------------

    public Effects onPlatformActionSucceeded(PlatformActionSucceeded result, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        Optional<ComplaintCase> complaint = findComplaint(result.caseId());
        if (complaint.isPresent()) {
            complaintAnswered(complaint.get(), result, now, fx);
            return fx;
        }
        if (result.action() == PlatformAction.REPORT_SHIPMENT_CANCELLED) {
            findCase(result.caseId()).ifPresent(c -> c.note(now, "PLATFORM_DONE",
                    "the platform took the report of the cancelled shipment"));
            return fx;
        }
        RefundCase c = openCase(result.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        if (result.action() == PlatformAction.NEGOTIATE) {
            h.note("PLATFORM_NEGOTIATION", "the proposal reached the buyer");
            return fx;
        }
        if (result.action() == PlatformAction.EXTEND_RECEIPT || result.action() == PlatformAction.UPLOAD_EVIDENCE) {
            h.note("PLATFORM_DONE", result.action() + " accepted");
            return fx;
        }
        if (!result.actionKey().equals(c.pendingActionKey())) {
            return fx;
        }
        if (result.action() == PlatformAction.AGREE_RETURN) {
            ReturnRules.returnAgreed(h);
        } else if (result.action() == PlatformAction.EXCHANGE_SHIPPED) {
            h.note("PLATFORM_EXCHANGED", "the platform shows the replacement shipped");
            h.close(CaseOutcome.EXCHANGED, 0, RuleIds.EX1);
        } else if (result.action().paysBuyer()) {
            h.note("PLATFORM_AGREED", result.action() + " of " + Money.yuan(result.amountFen()) + " accepted");
            refunded(h, result.amountFen());
        } else if (result.action() == PlatformAction.REFUSE) {
            h.note("PLATFORM_REFUSED", "the refusal took effect");
            h.close(CaseOutcome.REFUSED, 0, c.pendingRuleId());
        }
        return fx;
    }

    /** Our agree took effect (told by the action result or by the platform's own message, whichever is first). */
    private void refunded(Handling h, long amountFen) {
        RefundCase c = h.c;
        String ruleId = c.pendingRuleId() == null ? h.lastRule() : c.pendingRuleId();
        h.close(CaseOutcome.REFUNDED, amountFen, ruleId);
        h.fileDueClaim();
        BuyerMessageTemplate template = BuyerMessageTemplate.REFUND_APPROVED;
        if (c.reason() == RefundReason.NOT_WANTED || c.reason() == RefundReason.ORDERED_BY_MISTAKE) {
            // NS-RETAIN: the retention message rides with the approval; it never delays the refund.
            template = BuyerMessageTemplate.REFUND_APPROVED_RETAIN;
            h.decide(RuleIds.NS_RETAIN, h.facts(), List.of("BUYER_MESSAGE:" + template),
                    "The buyer no longer wants it: send other styles and the current promotion with the approval");
        }
        h.notify(template, Map.of("amount", Money.yuan(amountFen)), ruleId);
    }

    public Effects onPlatformActionRejected(PlatformActionRejected result, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        Optional<ComplaintCase> complaint = findComplaint(result.caseId());
        if (complaint.isPresent()) {
            complaintAnswerRefused(complaint.get(), result, now, fx);
            return fx;
        }
        if (result.action() == PlatformAction.REPORT_SHIPMENT_CANCELLED) {
            // ADR 0011: informational; the agree went out with it and does not depend on it, so nobody is asked.
            findCase(result.caseId()).ifPresent(c -> c.note(now, "PLATFORM_REJECTED", result.action() + " refused: "
                    + result.code() + " " + result.reason() + " (informational, nothing waits for it)"));
            return fx;
        }
        RefundCase c = openCase(result.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        boolean pending = result.actionKey().equals(c.pendingActionKey());
        boolean negotiation = result.actionKey().equals(c.negotiationKey());
        boolean extension = result.action() == PlatformAction.EXTEND_RECEIPT;
        if (!pending && !negotiation && !extension) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("PLATFORM_REJECTED", result.action() + " refused: " + result.code() + " " + result.reason());
        if (pending) {
            c.actionFailed();
        }
        Map<String, String> facts = h.facts();
        facts.put("platformCode", result.code());
        facts.put("action", result.action().name());
        h.escalate(RuleIds.PLATFORM_REJECTED, facts,
                "The platform refused " + result.action() + " (" + result.code() + "): a person must decide");
        return fx;
    }

    public Effects onPlatformSettled(PlatformRefundSettled settled, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(settled.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        if (!c.state().isOpen()) {
            c.note(now, "PLATFORM_SETTLED", "the platform reports " + settled.settlement() + " (already closed)");
            if (c.outcome() == CaseOutcome.CLOSED_BY_PLATFORM && settled.settlement()
                    == PlatformRefundSettled.Settlement.REFUNDED) {
                c.paidByPlatform(settled.refundedFen());
            }
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("PLATFORM_SETTLED", "the platform reports " + settled.settlement() + ", refunded "
                + Money.yuan(settled.refundedFen()));
        if (settled.settlement() == PlatformRefundSettled.Settlement.CLOSED) {
            if (c.replacementTrackingNo() != null) {
                h.close(CaseOutcome.RESHIPPED, 0, h.warehouseRule());
            } else {
                h.close(CaseOutcome.CANCELLED_BY_BUYER, 0, "PLATFORM");
            }
        } else if (c.state() == CaseState.AGREEING) {
            // Our agree went through; its result message is still on its way and will be ignored.
            refunded(h, settled.refundedFen());
        } else {
            h.close(CaseOutcome.AUTO_REFUNDED_BY_PLATFORM, settled.refundedFen(), "PLATFORM");
        }
        return fx;
    }

    /** Returns and platform interventions belong to later SOP sections: a person takes them, at top priority. */
    public Effects onReturnShipped(ReturnShipped shipped, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(shipped.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        if (c.returnLegOrNull() != null && c.returnLegOrNull().agreedAt() != null) {
            h.note("RETURN_SHIPPED", shipped.carrier() + " " + shipped.trackingNo());
            ReturnRules.returnShipped(h, shipped);
            return fx;
        }
        String summary = "The buyer shipped a return (" + shipped.trackingNo() + ") nobody agreed: a person follows it";
        h.note("RETURN_SHIPPED", summary);
        h.escalate(RuleIds.NOT_AUTOMATED, h.facts(), summary, TaskPriority.HIGH);
        return fx;
    }

    public Effects onReturnWaybillChecked(ReturnWaybillChecked check, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(check.caseId()).orElse(null);
        if (c != null && c.returnLegOrNull() != null) {
            Handling h = new Handling(this, c, policy, now, fx);
            h.note("WAYBILL_CHECKED", check.trackingNo() + ": " + check.verdict());
            ReturnRules.waybillChecked(h, check);
        }
        return fx;
    }

    public Effects onReturnReceived(ReturnReceived received, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(received.caseId()).orElse(null);
        if (c != null && c.returnLegOrNull() != null) {
            ReturnRules.received(new Handling(this, c, policy, now, fx));
        }
        return fx;
    }

    public Effects onReturnInspected(ReturnInspected inspected, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(inspected.caseId()).orElse(null);
        if (c != null && c.returnLegOrNull() != null) {
            Handling h = new Handling(this, c, policy, now, fx);
            h.note("INSPECTED", inspected.result() + ", " + inspected.receivedQuantity() + " piece(s), "
                    + inspected.photoUrls().size() + " photo(s)");
            ReturnRules.inspected(h, inspected);
        }
        return fx;
    }

    public Effects onParcelWeighed(ParcelWeighed weighed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = openCase(weighed.caseId()).orElse(null);
        if (c != null) {
            ReshipRules.parcelWeighed(new Handling(this, c, policy, now, fx), weighed);
        }
        return fx;
    }

    public Effects onClaimUpdated(ClaimUpdated claim, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        findCase(claim.caseId()).ifPresent(c -> c.note(now, "CLAIM", claim.claimId() + " " + claim.status()
                + (claim.compensatedFen() > 0 ? " " + Money.yuan(claim.compensatedFen()) : "")));
        return fx;
    }

    // ---- complaints and platform intervention (CP) ------------------------------------------------------

    public Effects onComplaintFiled(ComplaintFiled filed, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        if (findComplaint(filed.caseId()).isPresent()) {
            return fx; // the same complaint again (G-4)
        }
        ComplaintCase c = ComplaintCase.file(filed, now);
        complaints.add(c);
        Long paid = filed.orderPaidFen() != null ? filed.orderPaidFen() : paidFen > 0 ? Long.valueOf(paidFen) : null;
        ComplaintRules.filed(order, c, paid, now, fx);
        return fx;
    }

    /**
     * CP-2: platform staff took over a dispute. When the merchant refused with evidence (or holds a refusal back)
     * the buyer is at fault in the merchant's eyes: the evidence pack goes up before the deadline; otherwise the
     * merchant is at fault: negotiate, ask the buyer to withdraw. Either way a person, at top priority (CP-3).
     */
    public Effects onPlatformIntervened(PlatformIntervened intervened, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        Optional<ComplaintCase> complaint = findComplaint(intervened.caseId());
        if (complaint.isPresent()) {
            ComplaintRules.intervened(order, complaint.get(), intervened.evidenceDeadline(), now, fx);
            return fx;
        }
        RefundCase c = findCase(intervened.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("PLATFORM_INTERVENED", "evidence due by " + intervened.evidenceDeadline());
        Map<String, String> facts = h.facts();
        facts.put("evidenceDeadline", intervened.evidenceDeadline().toString());
        boolean buyersFault = c.outcome() == CaseOutcome.REFUSED || c.plannedRefusal() != null
                || (c.returnLegOrNull() != null && c.returnLegOrNull().isSuspect());
        facts.put("merchantBelieves", buyersFault ? "BUYER_AT_FAULT" : "MERCHANT_AT_FAULT");
        if (buyersFault) {
            h.decide(RuleIds.CP2, facts, List.of(PlatformAction.UPLOAD_EVIDENCE.name(), "AGENT_TASK:TOP"),
                    "The platform intervened in a request the shop refused with evidence: upload the evidence pack "
                            + "before " + intervened.evidenceDeadline() + " and wait for the verdict");
            h.uploadEvidence(RuleIds.CP2, c.refundId(), "商家已按规则处理,附举证材料");
        } else {
            h.decide(RuleIds.CP2, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.ASK_TO_CANCEL,
                    "AGENT_TASK:TOP"), "The platform intervened and the shop is at fault: negotiate, apologise and "
                    + "ask the buyer to withdraw");
            h.negotiate(NegotiationKind.ASK_TO_CANCEL, null, "非常抱歉给您带来不便,我们会尽快为您处理,请撤销平台介入", RuleIds.CP2);
        }
        h.task(RuleIds.CP3, TaskPriority.TOP, "平台介入(小二介入): 举证截止 " + intervened.evidenceDeadline());
        return fx;
    }

    public Effects onPlatformVerdict(PlatformVerdict verdict, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        Optional<ComplaintCase> complaint = findComplaint(verdict.caseId());
        if (complaint.isPresent()) {
            ComplaintCase c = complaint.get();
            c.note(now, "PLATFORM_VERDICT", verdict.forMerchant() ? "for the merchant" : "for the buyer");
            if (c.isOpen()) {
                c.close(CaseOutcome.CLOSED_BY_PLATFORM, now);
                fx.send(new CaseClosed(order, c.caseId(), CaseOutcome.CLOSED_BY_PLATFORM, 0, "PLATFORM",
                        Duration.between(c.filedAt(), now).abs(), null, false));
            }
            return fx;
        }
        RefundCase c = findCase(verdict.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        h.note("PLATFORM_VERDICT", verdict.forMerchant() ? "for the merchant" : "for the buyer");
        if (c.state().isOpen()) {
            c.actionFailed();
            h.close(CaseOutcome.CLOSED_BY_PLATFORM, 0, "PLATFORM");
        } else {
            c.decidedByPlatform(now);
        }
        return fx;
    }

    private Optional<ComplaintCase> findComplaint(String caseId) {
        return complaints.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    public Optional<ComplaintCase> complaint(String caseId) {
        return findComplaint(caseId);
    }

    /** The platform took a complaint answer: the complaint is closed as the answer says. */
    private void complaintAnswered(ComplaintCase c, PlatformActionSucceeded result, Instant now, Effects fx) {
        if (!awaitsAnswer(c, result.actionKey())) {
            return;
        }
        CaseOutcome outcome = c.compensationFen() > 0 || result.action() == PlatformAction.ACCEPT_COMPLAINT
                ? CaseOutcome.REFUNDED : CaseOutcome.REFUSED;
        c.close(outcome, now);
        c.note(now, "CLOSED", outcome + (c.compensationFen() > 0 ? " compensation " + Money.yuan(c.compensationFen())
                : ""));
        fx.send(new CaseClosed(order, c.caseId(), outcome, c.compensationFen(), c.pendingRuleId() == null
                ? RuleIds.CP1 : c.pendingRuleId(), Duration.between(c.filedAt(), now).abs(), null, true));
    }

    /** The platform refused a complaint answer: a person answers before the complaint's deadline. */
    private void complaintAnswerRefused(ComplaintCase c, PlatformActionRejected result, Instant now, Effects fx) {
        if (!awaitsAnswer(c, result.actionKey())) {
            return;
        }
        c.note(now, "PLATFORM_REJECTED", "the answer was refused: " + result.code());
        fx.send(new CreateAgentTask(order, c.caseId(), c.caseId() + ":" + RuleIds.PLATFORM_REJECTED,
                RuleIds.PLATFORM_REJECTED, TaskPriority.TOP, c.deadline(), "The platform refused the complaint "
                        + "answer (" + result.code() + "): a person answers"));
    }

    /** A result for a closed complaint, or for an answer it no longer waits on, changes nothing. */
    private static boolean awaitsAnswer(ComplaintCase c, String actionKey) {
        return c.isOpen() && actionKey.equals(c.pendingActionKey());
    }

    // ---- a person decided (agent tasks) -------------------------------------------------------------------

    public Effects onResolveCase(ResolveCase resolution, ShopPolicy policy, Instant now) {
        var fx = new Effects();
        RefundCase c = findCase(resolution.caseId()).orElse(null);
        if (c == null) {
            return fx;
        }
        if (!c.state().undecided()) {
            c.note(now, "AGENT_IGNORED", resolution.agent() + " " + resolution.decision() + " arrived after the case "
                    + "was decided (" + c.state() + ")");
            return fx;
        }
        Handling h = new Handling(this, c, policy, now, fx);
        Map<String, String> facts = h.facts();
        facts.put("agent", resolution.agent());
        facts.put("taskId", resolution.taskId());
        long wanted = resolution.amountFen() > 0 ? resolution.amountFen() : c.amountFen();
        long limit = Math.min(c.amountFen(), remainingFen());
        if (resolution.decision() == AgentDecision.REFUSE) {
            h.decide(RuleIds.AGENT, facts, List.of(PlatformAction.REFUSE.name()),
                    resolution.agent() + " refused the request");
            h.refuse(RuleIds.AGENT, "MERCHANT_DECISION", "经核实,您的退款申请暂不符合退款条件,详情请联系客服", false);
            return fx;
        }
        facts.put(resolution.decision() == AgentDecision.APPROVE ? "approvedFen" : "proposedFen", Long.toString(wanted));
        if (wanted > limit) {
            h.escalate(RuleIds.G1_AMOUNT, facts, resolution.agent() + " chose " + Money.yuan(wanted)
                    + ", more than requested or left to refund (" + Money.yuan(limit) + "): never approve blindly");
            return fx;
        }
        if (resolution.decision() == AgentDecision.NEGOTIATE) {
            h.decide(RuleIds.AGENT, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.PARTIAL_REFUND),
                    resolution.agent() + " proposes a partial refund of " + Money.yuan(wanted));
            if (h.negotiate(NegotiationKind.PARTIAL_REFUND, wanted, "经协商,为您退款" + Money.yuan(wanted) + "元",
                    RuleIds.AGENT)) {
                h.moveTo(CaseState.NEGOTIATING);
            }
            return fx;
        }
        h.decide(RuleIds.AGENT, facts, List.of(PlatformAction.AGREE_REFUND.name()),
                resolution.agent() + " approved the refund of " + Money.yuan(wanted));
        c.plan(null);
        h.agree(RuleIds.AGENT, wanted);
        return fx;
    }

    // ---- deadlines (G-5, DL-2, DL-3) --------------------------------------------------------------------

    public Effects onDeadline(String caseId, CaseTimer timer, Instant dueAt, Instant now, ShopPolicy policy) {
        var fx = new Effects();
        RefundCase c = openCase(caseId).orElse(null);
        if (c == null || !dueAt.equals(DeadlineRules.dueAtOf(c, timer, policy))) {
            return fx; // closed meanwhile, or a stale firing of a timer that has since moved
        }
        fx.send(new CaseDeadlineReached(order, caseId, timer.name(), dueAt, c.deadline()));
        c.note(now, "DEADLINE_REACHED", timer + " (platform deadline " + c.deadline() + ")");
        if (!c.state().undecided() || c.pendingActionKey() != null) {
            return fx; // decided; the agree, refusal or exchange shipment is on its way to the platform
        }
        Handling h = new Handling(this, c, policy, now, fx);
        if (timer == CaseTimer.RETURN_REMINDER) {
            ReturnRules.remind(h);
        } else if (c.isBuyersTurn()) {
            h.note("BUYERS_TURN", "no merchant deadline runs while the buyer has to ship the return");
        } else if (timer == CaseTimer.ESCALATE) {
            DeadlineRules.atDecisionMargin(h);
        } else {
            DeadlineRules.atLastResort(h);
        }
        return fx;
    }

    // ---- G-1, G-3 -----------------------------------------------------------------------------------------

    private boolean otherCaseOpen(RefundCase c) {
        return cases.stream().anyMatch(other -> other != c && other.state().isOpen());
    }

    /** G-2: pieces other requests on this order refunded (or are refunding). */
    private int refundedPiecesBesides(RefundCase c) {
        return cases.stream().filter(other -> other != c && other.committedFen() > 0).mapToInt(RefundCase::quantity)
                .sum();
    }

    /** G-1: what may still be refunded on the order: paid, less refunded, less agreed and in flight. */
    public long remainingFen() {
        return paidFen - cases.stream().mapToLong(RefundCase::committedFen).sum();
    }

    public Optional<RefundCase> findCase(String caseId) {
        return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    private Optional<RefundCase> openCase(String caseId) {
        return findCase(caseId).filter(c -> c.state().isOpen());
    }

    public OrderRef order() {
        return order;
    }

    public long paidFen() {
        return paidFen;
    }

    public int purchasedQuantity() {
        return purchasedQuantity;
    }

    public List<RefundCase> cases() {
        return List.copyOf(cases);
    }
}
