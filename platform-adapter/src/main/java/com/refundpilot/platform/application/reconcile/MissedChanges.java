package com.refundpilot.platform.application.reconcile;

import com.refundpilot.platform.application.webhook.PushOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a source whose webhook claims each change in the refund watermark tells what a listed state shows that no
 * push told: the next missed change (read against the watermark afresh each time) is handed in as the push the
 * platform would have sent, until none is missing. A stand-in handed in before (a redelivery) ends it: its change is
 * told already, or cannot be.
 */
final class MissedChanges {

    /** A state can show a few missed changes at once (created, then staff intervened); each is told in turn. */
    static final int MAX_PER_CHANGE = 4;

    private MissedChanges() {
    }

    /**
     * @param nextMissed the next change the listed state shows and the watermark does not (a topic, type or tag)
     * @param handIn hands the stand-in push for a change to the platform's webhook path
     * @param told called for each change a stand-in published (the source logs it)
     * @return the changes told, in order
     */
    static List<String> tell(Supplier<Optional<String>> nextMissed, Function<String, PushOutcome> handIn,
            Consumer<String> told) {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < MAX_PER_CHANGE; i++) {
            Optional<String> missed = nextMissed.get();
            if (missed.isEmpty()) {
                break;
            }
            PushOutcome outcome = handIn.apply(missed.get());
            if (outcome == PushOutcome.REDELIVERY) {
                break;
            }
            if (outcome == PushOutcome.PUBLISHED) {
                told.accept(missed.get());
                published.add(missed.get());
            }
        }
        return published;
    }
}
