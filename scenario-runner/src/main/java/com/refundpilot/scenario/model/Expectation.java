package com.refundpilot.scenario.model;

import java.util.List;

/**
 * What must hold for one case at the end of the story ({@code expect:} or one block of it).
 * A null component was left out of the file and is not checked; an empty list was given as {@code []}.
 *
 * @param outcome terminal outcome, or WAITING
 * @param refundedFen total refunded, in fen
 * @param rules rule IDs that must appear among the case's decisions
 * @param forbidRules rule IDs that must not appear
 * @param platformActions platform calls that must appear in this order (a subsequence)
 * @param courierActions courier calls, likewise
 * @param warehouseActions ERP calls, likewise
 * @param forbid actions that must not happen at all
 * @param buyerMessages at least this many messages to the buyer
 * @param agentTasks exactly this many tasks for a person
 * @param autoRefundedByPlatform whether the platform auto-refunded
 * @param state the waiting state, only with outcome WAITING
 */
public record Expectation(
        Outcome outcome,
        Long refundedFen,
        List<RuleId> rules,
        List<RuleId> forbidRules,
        List<PlatformAction> platformActions,
        List<CourierAction> courierActions,
        List<WarehouseAction> warehouseActions,
        List<Action> forbid,
        Integer buyerMessages,
        Integer agentTasks,
        Boolean autoRefundedByPlatform,
        String state) {

    /** Nothing checked ({@code expect: {}}). */
    public static final Expectation NONE =
            new Expectation(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The keys an expectation block may hold, in the order of docs/scenarios.md. */
    public static final List<String> KEYS = List.of(
            "outcome", "refundedFen", "rules", "forbidRules", "platformActions", "courierActions",
            "warehouseActions", "forbid", "buyerMessages", "agentTasks", "autoRefundedByPlatform", "state");

    public Expectation {
        rules = copy(rules);
        forbidRules = copy(forbidRules);
        platformActions = copy(platformActions);
        courierActions = copy(courierActions);
        warehouseActions = copy(warehouseActions);
        forbid = copy(forbid);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
