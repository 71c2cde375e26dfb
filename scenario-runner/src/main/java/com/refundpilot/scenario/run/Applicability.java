package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Expectation;
import com.refundpilot.scenario.model.Expectations;
import com.refundpilot.scenario.model.Order;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.PlatformAction;
import com.refundpilot.scenario.model.PlatformEvent;
import com.refundpilot.scenario.model.PlatformStep;
import com.refundpilot.scenario.model.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a scenario applies to the platform its orders are on: what the story needs from the platform against what
 * the system offers there ({@link PlatformOffers}). The SOP does not depend on the platform, so a story must pass on
 * every platform that offers what it needs; on one that does not, the SOP takes its "platform cannot" branch, which
 * the story does not expect, so it is reported not applicable instead of played.
 *
 * <p>A story needs each platform call its {@code expect} blocks list ({@code platformActions}), 协商 ({@code NEGOTIATE})
 * when a step has the buyer answer one, and the buyer chat ({@code SEND_BUYER_MESSAGE}) when a block expects messages
 * to the buyer. A partial refund is also reached by a 协商
 * the buyer accepts and an agree of the new amount (platforms whose agree carries no amount, e.g. Pinduoduo, Douyin).
 */
public final class Applicability {

    /** The buyer chat: not in the scenario vocabulary's platform actions, but what {@code buyerMessages} needs. */
    static final String BUYER_CHAT = "SEND_BUYER_MESSAGE";

    /**
     * One thing a story needs, satisfied by any one of its ways (each a set of actions the platform must all
     * offer).
     *
     * @param name how the report names it
     * @param ways the sets of actions that reach it, the first the direct one
     */
    record Need(String name, List<List<String>> ways) {

        static Need action(String action) {
            return new Need(action, List.of(List.of(action)));
        }

        boolean metBy(Set<String> offered) {
            return ways.stream().anyMatch(offered::containsAll);
        }

        /** {@code AGREE_PARTIAL_REFUND (or NEGOTIATE + AGREE_REFUND)}. */
        String describe() {
            if (ways.size() == 1) {
                return name;
            }
            return name + " (or " + ways.subList(1, ways.size()).stream()
                    .map(way -> String.join(" + ", way))
                    .collect(Collectors.joining(" or ")) + ")";
        }
    }

    private Applicability() {
    }

    /** What the story needs from its platform, in a stable order (the vocabulary's, then the buyer chat). */
    static List<Need> needs(Scenario scenario) {
        Expectations expectations = scenario.expectations();
        Set<PlatformAction> calls = EnumSet.noneOf(PlatformAction.class);
        calls.addAll(expectations.expectedPlatformActions());
        if (answersANegotiation(scenario)) {
            calls.add(PlatformAction.NEGOTIATE);
        }
        List<Need> needs = new ArrayList<>();
        for (PlatformAction call : calls) {
            needs.add(call == PlatformAction.AGREE_PARTIAL_REFUND
                    ? new Need(call.name(), List.of(List.of(call.name()),
                            List.of(PlatformAction.NEGOTIATE.name(), PlatformAction.AGREE_REFUND.name())))
                    : Need.action(call.name()));
        }
        if (blocks(expectations).anyMatch(e -> e.buyerMessages() != null && e.buyerMessages() > 0)) {
            needs.add(Need.action(BUYER_CHAT));
        }
        return needs;
    }

    /** The buyer accepting or declining a 协商 answers the merchant's proposal: the platform must carry one. */
    private static boolean answersANegotiation(Scenario scenario) {
        return scenario.steps().stream().anyMatch(step -> step instanceof PlatformStep p
                && (p.event() == PlatformEvent.NEGOTIATION_ACCEPTED || p.event() == PlatformEvent.NEGOTIATION_REJECTED));
    }

    /**
     * Why the story does not apply, e.g. {@code n/a on PINDUODUO: needs EXTEND_RECEIPT}; empty when every platform
     * its orders are on offers what it needs (or the system does not say what a platform offers).
     */
    public static Optional<String> whyNot(Scenario scenario, PlatformOffers offers) {
        List<Need> needs = needs(scenario);
        List<String> reasons = new ArrayList<>();
        for (Platform platform : platforms(scenario)) {
            Optional<Set<String>> offered = offers.on(platform);
            if (offered.isEmpty()) {
                continue;
            }
            List<String> missing = needs.stream().filter(need -> !need.metBy(offered.get())).map(Need::describe)
                    .toList();
            if (!missing.isEmpty()) {
                reasons.add("n/a on " + platform + ": needs " + String.join(", ", missing));
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** Whether the story applies to {@code platform} (its orders moved there). */
    public static boolean appliesOn(Scenario scenario, Platform platform, PlatformOffers offers) {
        return offers.on(platform).map(offered -> needs(scenario).stream().allMatch(n -> n.metBy(offered)))
                .orElse(true);
    }

    private static Set<Platform> platforms(Scenario scenario) {
        return scenario.orders().stream().map(Order::platform).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Stream<Expectation> blocks(Expectations expectations) {
        return expectations instanceof Expectations.Whole whole ? Stream.of(whole.expectation())
                : ((Expectations.PerCase) expectations).byCaseId().values().stream();
    }
}
