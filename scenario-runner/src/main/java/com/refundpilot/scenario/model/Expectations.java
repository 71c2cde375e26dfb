package com.refundpilot.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code expect:} of a scenario: either one block ({@link Whole}) or one block per case
 * ({@link PerCase}, {@code expect: {R1: {...}, R2: {...}}}) when the steps raise several refunds
 * or complaints.
 */
public sealed interface Expectations {

    /** The block that applies to a case ID, if any. */
    Optional<Expectation> forCase(String caseId);

    /**
     * One block for the whole scenario: it applies to the scenario's only case (any ID asked for),
     * or to the story as a whole when no step raises a case.
     */
    record Whole(Expectation expectation) implements Expectations {
        public Whole {
            Objects.requireNonNull(expectation, "expectation");
        }

        @Override
        public Optional<Expectation> forCase(String caseId) {
            return Optional.of(expectation);
        }
    }

    /**
     * One block per refund or complaint ID, in file order. A case raised by the steps but missing
     * here is not checked (beyond the invariants every scenario checks).
     */
    record PerCase(Map<String, Expectation> byCaseId) implements Expectations {
        public PerCase {
            byCaseId = Collections.unmodifiableMap(new LinkedHashMap<>(byCaseId));
        }

        @Override
        public Optional<Expectation> forCase(String caseId) {
            return Optional.ofNullable(byCaseId.get(caseId));
        }
    }
}
