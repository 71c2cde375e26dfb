package com.refundpilot.platform.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.application.webhook.PushOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissedChangesTest {

    private final List<String> logged = new ArrayList<>();

    private static java.util.function.Supplier<Optional<String>> missing(String... changes) {
        Deque<String> left = new ArrayDeque<>(List.of(changes));
        return () -> Optional.ofNullable(left.poll());
    }

    @Test
    void tellsEachMissedChangeInTurnUntilNoneIsMissing() {
        List<String> told = MissedChanges.tell(missing("created", "intervened"), change -> PushOutcome.PUBLISHED,
                logged::add);

        assertThat(told).containsExactly("created", "intervened");
        assertThat(logged).containsExactly("created", "intervened");
    }

    @Test
    void aStandInHandedInBeforeEndsIt() {
        List<String> handedIn = new ArrayList<>();
        List<String> told = MissedChanges.tell(missing("created", "intervened"), change -> {
            handedIn.add(change);
            return PushOutcome.REDELIVERY;
        }, logged::add);

        assertThat(told).isEmpty();
        assertThat(handedIn).containsExactly("created");
    }

    @Test
    void aDroppedStandInIsNotToldAndTheNextIsTried() {
        List<String> told = MissedChanges.tell(missing("modified", "succeeded"),
                change -> change.equals("modified") ? PushOutcome.DROPPED : PushOutcome.PUBLISHED, logged::add);

        assertThat(told).containsExactly("succeeded");
    }

    @Test
    void aStateThatKeepsShowingAMissedChangeIsTriedAFewTimesOnly() {
        List<String> told = MissedChanges.tell(() -> Optional.of("created"), change -> PushOutcome.PUBLISHED,
                logged::add);

        assertThat(told).hasSize(MissedChanges.MAX_PER_CHANGE);
    }
}
