package com.refundpilot.refund.domain;

import static com.refundpilot.contracts.vocabulary.WarehouseAction.CANCEL_ORDER;
import static com.refundpilot.contracts.vocabulary.WarehouseAction.INTERCEPT_IN_WAREHOUSE;
import static com.refundpilot.contracts.vocabulary.WarehouseAction.UNAUDIT;
import static com.refundpilot.contracts.vocabulary.WarehouseAction.VOID;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** refund-sop-spec §4: refund only, the order has not left the warehouse. */
final class NotShippedRules {

    /** Warehouses print in local time (NS-CUTOFF). */
    static final ZoneId WAREHOUSE_ZONE = ZoneId.of("Asia/Shanghai");

    record StopPlan(String ruleId, List<WarehouseAction> steps, String summary) {
    }

    private NotShippedRules() {
    }

    static Optional<StopPlan> planFor(FulfilmentState state) {
        return switch (state) {
            case NOT_ALLOCATED_NOT_AUDITED -> Optional.of(new StopPlan(RuleIds.NS1, List.of(CANCEL_ORDER),
                    "Not allocated, not audited: cancel the order in the ERP, then agree the refund"));
            case NOT_ALLOCATED_AUDITED -> Optional.of(new StopPlan(RuleIds.NS2, List.of(UNAUDIT, CANCEL_ORDER),
                    "Not allocated, audited: un-audit and cancel the order, then agree the refund"));
            case ALLOCATED_AUDITED -> Optional.of(new StopPlan(RuleIds.NS3,
                    List.of(INTERCEPT_IN_WAREHOUSE, VOID, UNAUDIT, CANCEL_ORDER),
                    "Allocated and audited, not shipped: intercept in the warehouse (note 退款), void the picking, "
                            + "un-audit and cancel; agree once the warehouse confirms the void"));
            case SHIPPED, SHIPPED_NOT_SYNCED -> Optional.empty();
        };
    }

    /** NS-REASON: reasons that count against the store get a person to ask for 协商一致; the refund is not held. */
    static void reasonThatCountsAgainstTheStore(Handling h) {
        RefundReason reason = h.c.reason();
        if (reason != RefundReason.LATE_SHIPMENT && reason != RefundReason.OUT_OF_STOCK) {
            return;
        }
        Map<String, String> facts = h.facts();
        String summary = "The reason " + reason + " counts against the store: ask the buyer to change it to "
                + "协商一致 (the refund is not held for it)";
        h.decide(RuleIds.NS_REASON, facts, List.of("AGENT_TASK:CHANGE_REASON"), summary);
        h.task(RuleIds.NS_REASON, TaskPriority.NORMAL, summary);
    }

    /** The warehouse reported the order not shipped: stop it, unless a person or a negotiation must come first. */
    static void decide(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        if (c.forceShip()) {
            h.escalate(RuleIds.NS5, facts,
                    "The order carries the force-ship flag: the warehouse will ship it, a person must decide");
            return;
        }
        if (c.customMade()) {
            facts.put("customMade", "true");
            facts.put("productionStarted", Boolean.toString(c.productionStarted()));
            if (c.productionStarted()) {
                customMadeWithCost(h, facts);
                return;
            }
            h.decide(RuleIds.NS7, facts, List.of("STOP_AS_STANDARD"),
                    "Custom-made but production has not started (no cost yet): refund as a standard item");
        }
        cutoff(h, facts);
        StopPlan plan = planFor(c.fulfilment()).orElseThrow();
        List<String> actions = new ArrayList<>(plan.steps().stream().map(Enum::name).toList());
        if (c.platformOffers(PlatformAction.REPORT_SHIPMENT_CANCELLED)) {
            actions.add(PlatformAction.REPORT_SHIPMENT_CANCELLED.name()); // ADR 0011: told with the agree
        }
        actions.add(PlatformAction.AGREE_REFUND.name());
        h.decide(plan.ruleId(), facts, actions, plan.summary());
        h.moveTo(CaseState.STOPPING_FULFILMENT);
        h.stop(plan.ruleId(), plan.steps(), "退款");
    }

    /**
     * NS-CUTOFF: the morning label batch. Before it the stop is submitted ahead of the print; a label it already
     * printed means the order is treated by what the warehouse reports (allocated: NS-3's in-warehouse intercept).
     */
    private static void cutoff(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        ZonedDateTime requested = c.requestedAt().atZone(WAREHOUSE_ZONE);
        ZonedDateTime batch = ZonedDateTime.of(LocalDate.from(requested), h.policy.labelPrintCutoff(), WAREHOUSE_ZONE);
        Map<String, String> cutoffFacts = new java.util.LinkedHashMap<>(facts);
        cutoffFacts.put("labelPrintCutoff", h.policy.labelPrintCutoff().toString());
        cutoffFacts.put("requestedAtLocal", requested.toLocalDateTime().toString());
        cutoffFacts.put("labelPrinted", Boolean.toString(c.labelPrinted()));
        if (c.labelPrinted()) {
            h.decide(RuleIds.NS_CUTOFF, cutoffFacts, List.of("TREAT_AS_" + c.fulfilment()),
                    "The " + h.policy.labelPrintCutoff() + " label batch printed this order: treated by what the "
                            + "warehouse reports (" + c.fulfilment() + ")");
        } else if (requested.isBefore(batch)) {
            h.decide(RuleIds.NS_CUTOFF, cutoffFacts, List.of("STOP_BEFORE_BATCH"),
                    "Received before the " + h.policy.labelPrintCutoff() + " label batch: the stop goes to the "
                            + "warehouse now, ahead of the print");
        }
    }

    /** NS-6: custom-made, production started: propose a partial refund for the cost; refuse if it is turned down. */
    private static void customMadeWithCost(Handling h, Map<String, String> facts) {
        RefundCase c = h.c;
        long keep = Math.round(c.amountFen() * h.policy.customMadeRetainPercent() / 100.0);
        long offer = c.amountFen() - keep;
        facts.put("customMadeRetainPercent", Integer.toString(h.policy.customMadeRetainPercent()));
        facts.put("offerFen", Long.toString(offer));
        String refusal = "定制商品已按您确认的设计投入生产,无法全额退款,附设计确认及聊天记录";
        if (offer < 1) {
            h.decide(RuleIds.NS6, facts, List.of(PlatformAction.REFUSE.name()),
                    "Custom-made and in production, the shop keeps the whole price: refuse with the design and chat");
            h.refuse(RuleIds.NS6, "CUSTOM_MADE_IN_PRODUCTION", refusal, false);
            return;
        }
        h.decide(RuleIds.NS6, facts, List.of(PlatformAction.NEGOTIATE + ":" + NegotiationKind.PARTIAL_REFUND,
                "BUYER_MESSAGE:" + BuyerMessageTemplate.CUSTOM_MADE_PROPOSAL, "REFUSE_IF_DECLINED"),
                "Custom-made and production has started (cost incurred): propose a partial refund of "
                        + Money.yuan(offer) + "; refuse with the design confirmation and chat if declined");
        c.plan(new PlannedRefusal(RuleIds.NS6, "CUSTOM_MADE_IN_PRODUCTION", refusal));
        if (h.negotiate(NegotiationKind.PARTIAL_REFUND, offer,
                "定制商品已投入生产,协商退款" + Money.yuan(offer) + "元(扣除已产生的成本)", RuleIds.NS6)) {
            h.notify(BuyerMessageTemplate.CUSTOM_MADE_PROPOSAL, Map.of("amount", Money.yuan(offer)), RuleIds.NS6);
            h.moveTo(CaseState.NEGOTIATING);
        } else {
            h.escalate(RuleIds.NS6, facts, "Custom-made in production and the platform has no negotiation: a person "
                    + "proposes " + Money.yuan(offer) + " to the buyer");
        }
    }
}
