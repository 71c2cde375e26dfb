package com.refundpilot.platform.domain.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Per refund, the newest message of each topic that was accepted and the refund's state when it was read: what the
 * webhooks and the sweep have already told about the refund. Both consult it before they tell a change, so a change
 * is told once whichever of them sees it first. {@code valid} decides whether a mark still counts (its message was
 * stored, or its claim is recent enough to be still in progress).
 */
public final class RefundWatermark {

    private final List<Mark> marks;

    public RefundWatermark(List<Mark> marks) {
        this.marks = List.copyOf(marks);
    }

    public static RefundWatermark empty() {
        return new RefundWatermark(List.of());
    }

    public List<Mark> marks() {
        return marks;
    }

    public Optional<Mark> of(String topic) {
        return marks.stream().filter(mark -> mark.topic().equals(topic)).findFirst();
    }

    /** A valid mark of one of {@code topics} that already told the change {@code wanted} of this kind. */
    public Optional<Mark> covering(Collection<String> topics, ChangeKind kind, RefundState wanted,
            Predicate<Mark> valid) {
        return marks.stream().filter(mark -> topics.contains(mark.topic()))
                .filter(mark -> kind.covers(mark.state(), wanted)).filter(valid).findFirst();
    }

    /** A valid mark of any topic whose reading is {@code wanted} or a later one. */
    public Optional<Mark> anyAtLeast(RefundState wanted, Predicate<Mark> valid) {
        return marks.stream().filter(mark -> mark.state().atLeast(wanted)).filter(valid).findFirst();
    }

    /**
     * With {@code mark} as its topic's mark, unless a valid one of the topic already read a later state (a message
     * read before a newer one must not hide it).
     */
    public RefundWatermark with(Mark mark, Predicate<Mark> valid) {
        Optional<Mark> current = of(mark.topic());
        if (current.isPresent() && valid.test(current.get()) && !mark.state().atLeast(current.get().state())) {
            return this;
        }
        List<Mark> next = new ArrayList<>(marks);
        current.ifPresent(next::remove);
        next.add(mark);
        return new RefundWatermark(next);
    }
}
