package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.ReportFigure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the system and the outside world showed at the end of a scenario, in the scenario's own IDs: per order
 * the ERP's and the courier's action logs, per refund the case (refund-service), the platform's record and the
 * agent tasks. Read by {@link ExpectationChecker}; fabricated in its tests.
 *
 * @param orders every order of the scenario
 * @param refunds every refund and complaint the steps raise, in order of first appearance
 * @param report the shop's daily report, read only when {@code expect.report} asks for it (else null)
 */
record Observation(List<OrderSeen> orders, List<RefundSeen> refunds, ReportSeen report) {

    Observation {
        orders = List.copyOf(orders);
        refunds = List.copyOf(refunds);
    }

    /** No daily report read. */
    Observation(List<OrderSeen> orders, List<RefundSeen> refunds) {
        this(orders, refunds, null);
    }

    Optional<OrderSeen> order(String orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    /**
     * One order.
     *
     * @param orderId scenario order ID
     * @param paidFen what the buyer paid
     * @param erpActions everything the ERP was asked to do for it, in order (refused calls too)
     * @param courierActions per tracking number of its parcels, everything the courier was asked to do, in order
     */
    record OrderSeen(String orderId, long paidFen, List<ActionSeen> erpActions,
            Map<String, List<ActionSeen>> courierActions) {

        OrderSeen {
            Objects.requireNonNull(orderId, "orderId");
            erpActions = List.copyOf(erpActions);
            Map<String, List<ActionSeen>> copy = new LinkedHashMap<>();
            courierActions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            courierActions = java.util.Collections.unmodifiableMap(copy);
        }

        /** The courier actions of all its parcels, parcel by parcel. */
        List<ActionSeen> allCourierActions() {
            List<ActionSeen> all = new ArrayList<>();
            courierActions.values().forEach(all::addAll);
            return all;
        }
    }

    /**
     * One case the steps raised: a refund, or a complaint (a case of its own).
     *
     * @param refundId scenario refund ID, or the complaint ID of a complaint
     * @param orderId its order
     * @param kase the case in refund-service, or null when it has none
     * @param platform the platform's record, or null when the platform has no such refund / complaint
     * @param tasks the agent tasks of its case
     * @param complaint whether this is a complaint (COMPLAINT_FILED) rather than a refund
     */
    record RefundSeen(String refundId, String orderId, CaseSeen kase, PlatformRefundSeen platform, TasksSeen tasks,
            boolean complaint) {
        RefundSeen {
            Objects.requireNonNull(refundId, "refundId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(tasks, "tasks");
        }

        /** A refund (not a complaint). */
        RefundSeen(String refundId, String orderId, CaseSeen kase, PlatformRefundSeen platform, TasksSeen tasks) {
            this(refundId, orderId, kase, platform, tasks, false);
        }

        /** "refund" or "complaint". */
        String noun() {
            return complaint ? "complaint" : "refund";
        }
    }

    /**
     * A case as refund-service shows it.
     *
     * @param caseId {@code PLATFORM:shopId:refundId}
     * @param state e.g. ESCALATED, CLOSED
     * @param outcome terminal outcome, or null while open
     * @param refundedFen what the case says was refunded
     * @param rules the rule IDs of its decisions, in order
     * @param decisions its decisions, in order, or null when the case view shows none (only rule IDs)
     */
    record CaseSeen(String caseId, String state, String outcome, long refundedFen, List<String> rules,
            List<DecisionSeen> decisions) {
        CaseSeen {
            rules = List.copyOf(rules);
            decisions = decisions == null ? null : List.copyOf(decisions);
        }

        /** A case whose decisions are known by rule ID only (not checked for G-7). */
        CaseSeen(String caseId, String state, String outcome, long refundedFen, List<String> rules) {
            this(caseId, state, outcome, refundedFen, rules, null);
        }

        boolean open() {
            return outcome == null && !"CLOSED".equals(state);
        }
    }

    /**
     * One decision of a case, as much as G-7 needs (every decision names its rule, the facts it used and the
     * actions chosen).
     *
     * @param ruleId its rule ID, or null when it names none
     * @param at when it was taken, as the case shows it (or null)
     * @param facts how many facts it records
     * @param actions how many actions it chose
     */
    record DecisionSeen(String ruleId, String at, int facts, int actions) {
    }

    /**
     * The platform's record of a refund (the oracle).
     *
     * @param status e.g. WAIT_SELLER_AGREE, SUCCESS
     * @param autoRefunded the platform refunded it itself when the deadline passed
     * @param refundedFen what the platform refunded
     * @param actions decisions that took effect, including the platform's own AUTO_REFUND
     * @param buyerMessages messages the merchant sent the buyer
     */
    record PlatformRefundSeen(String status, boolean autoRefunded, long refundedFen, List<PlatformActionSeen> actions,
            int buyerMessages) {

        static final String AUTO_REFUND = "AUTO_REFUND";

        PlatformRefundSeen {
            actions = List.copyOf(actions);
        }

        /** The merchant's actions (the platform's own AUTO_REFUND left out). */
        List<String> merchantActions() {
            return actions.stream().map(PlatformActionSeen::action).filter(a -> !AUTO_REFUND.equals(a)).toList();
        }

        /** AGREE_REFUND and AGREE_PARTIAL_REFUND actions. */
        List<PlatformActionSeen> agreeing() {
            return actions.stream().filter(PlatformActionSeen::agreeing).toList();
        }
    }

    /** One platform action and the amount it carried (0 when none). */
    record PlatformActionSeen(String action, long amountFen) {
        boolean agreeing() {
            return "AGREE_REFUND".equals(action) || "AGREE_PARTIAL_REFUND".equals(action);
        }
    }

    /** One ERP or courier call as the sandbox logged it; {@code error} is the refusal code of a refused one. */
    record ActionSeen(String action, boolean ok, String error) {

        static ActionSeen ok(String action) {
            return new ActionSeen(action, true, null);
        }

        @Override
        public String toString() {
            return ok ? action : action + "(refused: " + error + ")";
        }
    }

    /**
     * The agent tasks of a case.
     *
     * @param ruleIds the rule ID of each task (null entries when a task names none); the count is the size
     * @param error why the tasks could not be read, or null
     */
    record TasksSeen(List<String> ruleIds, String error) {

        TasksSeen {
            ruleIds = ruleIds == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(ruleIds));
        }

        static TasksSeen of(Collection<String> ruleIds) {
            return new TasksSeen(new ArrayList<>(ruleIds), null);
        }

        static TasksSeen unreadable(String error) {
            return new TasksSeen(List.of(), error);
        }

        static TasksSeen none() {
            return new TasksSeen(List.of(), null);
        }
    }

    /**
     * One shop's RP-3 daily report as notification-service showed it (GET /api/reports/daily), in the scenario's IDs.
     *
     * @param platform the platform it was read for
     * @param shopId the scenario's shop ID
     * @param date the local date it is about
     * @param figures each figure of the report ({@link ReportFigure}) as read: a Long, a Double (rates) or a Duration
     *     (the median), or absent when the report has none (a rate with nothing to divide, no median)
     * @param supervisorMessages the supervisor messages for the shop and date, or null when not read
     * @param error why the report could not be read, or null
     */
    record ReportSeen(String platform, String shopId, LocalDate date, Map<ReportFigure, Object> figures,
            Integer supervisorMessages, String error) {

        ReportSeen {
            Objects.requireNonNull(shopId, "shopId");
            Objects.requireNonNull(date, "date");
            EnumMap<ReportFigure, Object> copy = new EnumMap<>(ReportFigure.class);
            if (figures != null) {
                figures.forEach((k, v) -> {
                    if (v != null) {
                        copy.put(k, v);
                    }
                });
            }
            figures = Collections.unmodifiableMap(copy);
        }

        static ReportSeen unreadable(String platform, String shopId, LocalDate date, String error) {
            return new ReportSeen(platform, shopId, date, Map.of(), null, error);
        }

        /** "the TAOBAO shop-1 report for 2026-11-11". */
        String describe() {
            return "the " + platform + " " + shopId + " report for " + date;
        }
    }
}
