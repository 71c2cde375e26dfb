package com.refundpilot.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code expect:} of a scenario: either one block ({@link Whole}) or one block per case
 * ({@link PerCase}, {@code expect: {R1: {...}, R2: {...}}}) when the steps raise several refunds
 * or complaints. Either may also hold this project's {@code report:} block (the shop's RP-3 daily report), beside
 * the keys of the one block or beside the per-case blocks.
 */
public sealed interface Expectations {

    /** The block that applies to a case ID, if any. */
    Optional<Expectation> forCase(String caseId);

    /** The daily report to check at the end ({@code expect.report}), if any. */
    Optional<ReportExpectation> report();

    /** Every platform call some block expects (a platform that cannot make one of them cannot play the story). */
    default Set<PlatformAction> expectedPlatformActions() {
        Stream<Expectation> blocks = this instanceof Whole whole ? Stream.of(
                whole.expectation()) : ((PerCase) this).byCaseId().values().stream();
        return blocks.flatMap(e -> e.platformActions() == null ? Stream.<PlatformAction>empty()
                : e.platformActions().stream()).collect(Collectors.toSet());
    }

    /** The same expectations with the daily report's platform replaced (a report without one is left alone). */
    default Expectations onPlatform(Platform platform) {
        ReportExpectation moved = report().map(r -> new ReportExpectation(r.date(), r.shopId(), platform, r.figures(),
                r.supervisorMessage())).orElse(null);
        return this instanceof Whole whole ? new Whole(whole.expectation(), moved)
                : new PerCase(((PerCase) this).byCaseId(), moved);
    }

    /**
     * One block for the whole scenario: it applies to the scenario's only case (any ID asked for),
     * or to the story as a whole when no step raises a case.
     *
     * @param expectation the block
     * @param dailyReport the {@code report:} block, or null
     */
    record Whole(Expectation expectation, ReportExpectation dailyReport) implements Expectations {
        public Whole {
            Objects.requireNonNull(expectation, "expectation");
        }

        public Whole(Expectation expectation) {
            this(expectation, null);
        }

        @Override
        public Optional<Expectation> forCase(String caseId) {
            return Optional.of(expectation);
        }

        @Override
        public Optional<ReportExpectation> report() {
            return Optional.ofNullable(dailyReport);
        }
    }

    /**
     * One block per refund or complaint ID, in file order. A case raised by the steps but missing
     * here is not checked (beyond the invariants every scenario checks).
     *
     * @param byCaseId the blocks
     * @param dailyReport the {@code report:} block, or null
     */
    record PerCase(Map<String, Expectation> byCaseId, ReportExpectation dailyReport) implements Expectations {
        public PerCase {
            byCaseId = Collections.unmodifiableMap(new LinkedHashMap<>(byCaseId));
        }

        public PerCase(Map<String, Expectation> byCaseId) {
            this(byCaseId, null);
        }

        @Override
        public Optional<Expectation> forCase(String caseId) {
            return Optional.ofNullable(byCaseId.get(caseId));
        }

        @Override
        public Optional<ReportExpectation> report() {
            return Optional.ofNullable(dailyReport);
        }
    }
}
