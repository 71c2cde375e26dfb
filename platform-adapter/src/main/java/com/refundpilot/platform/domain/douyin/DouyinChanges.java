package com.refundpilot.platform.domain.douyin;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which Douyin messages tell a change of the after-sale itself, and which message a listed after-sale says is
 * missing (the reconciliation sweep stands in for it). A message is read with the after-sale's detail, so what it
 * told is the after-sale as it stood then: created (200), modified (208, a newer {@code update_time} waiting on the
 * merchant), return shipped (203), staff took it over (217), refunded (206), closed (207), deadline moved (209, a
 * later update). {@code update_time} is the version: it grows with every change.
 */
public final class DouyinChanges {

    /** {@code arbitrate_status} 1: staff are handling it; the watermark keeps TOP's 3 for "intervened". */
    private static final int ARBITRATING = 1;
    private static final int INTERVENED = 3;

    private static final Map<String, ChangeKind> SWEEPABLE = Map.of(
            DouyinTags.REFUND_CREATED, ChangeKind.ONCE,
            DouyinTags.REFUND_MODIFIED, ChangeKind.PER_VERSION,
            DouyinTags.BUYER_RETURN_GOODS, ChangeKind.ONCE,
            DouyinTags.ARBITRATE_SERVICE_INTERVENE, ChangeKind.ONCE,
            DouyinTags.REFUND_SUCCESS, ChangeKind.ONCE,
            DouyinTags.REFUND_CLOSED, ChangeKind.ONCE,
            DouyinTags.EXPIRATION_CHANGE, ChangeKind.PER_MODIFICATION);

    /** A new version waiting on the merchant is told by these too (an accepted 协商 answers with its own message). */
    private static final Set<String> TELL_A_NEW_VERSION = Set.of(DouyinTags.REFUND_CREATED,
            DouyinTags.REFUND_MODIFIED, DouyinTags.NEGOTIATION_ANSWERED);

    private DouyinChanges() {
    }

    /**
     * What the watermark records for a message read with the after-sale's detail; empty for a chat line (it says
     * nothing of the state) and for tags that read nothing (echoes of the merchant's own calls).
     */
    public static Optional<ObservedChange> observed(DouyinPushMessage message, DouyinAfterSale read) {
        if (read == null || DouyinTags.BUYER_MESSAGE.equals(message.tag())
                || DouyinTags.needOf(message.tag()) == DouyinTags.Need.NOTHING) {
            return Optional.empty();
        }
        return Optional.of(new ObservedChange(message.shopId(), read.afterSaleId(), message.tag(),
                SWEEPABLE.get(message.tag()), stateOf(read.status(), read.updateTime(), read.arbitration().status())));
    }

    /** The after-sale's state as the watermark compares it: {@code update_time} is version and modification. */
    public static RefundState stateOf(int status, long updateTime, int arbitrateStatus) {
        return new RefundState(Integer.toString(status), updateTime, Instant.ofEpochSecond(updateTime),
                arbitrateStatus == ARBITRATING ? INTERVENED : 0);
    }

    /**
     * The tag of the first change the listed after-sale shows that no valid mark has told, in the order the platform
     * pushes them; empty when everything it shows was told. The merchant's own decisions (refused, return agreed,
     * replacement shipped) are never missing: the adapter made them.
     */
    public static Optional<String> missedTag(RefundState listed, RefundWatermark watermark, Predicate<Mark> valid) {
        for (Candidate candidate : candidates(listed)) {
            boolean told = candidate.toldBy().isEmpty()
                    ? watermark.anyAtLeast(listed, valid).isPresent()
                    : watermark.covering(candidate.toldBy(), candidate.kind(), listed, valid).isPresent();
            if (!told) {
                return Optional.of(candidate.tag());
            }
        }
        return Optional.empty();
    }

    private static List<Candidate> candidates(RefundState listed) {
        List<Candidate> candidates = new ArrayList<>();
        int status;
        try {
            status = Integer.parseInt(listed.status());
        } catch (NumberFormatException notDouyins) {
            return candidates;
        }
        switch (status) {
            case DouyinStatuses.SUCCEEDED -> candidates.add(Candidate.once(DouyinTags.REFUND_SUCCESS));
            case DouyinStatuses.CLOSED -> candidates.add(Candidate.once(DouyinTags.REFUND_CLOSED));
            case DouyinStatuses.WAITING_MERCHANT -> {
                candidates.add(Candidate.once(DouyinTags.REFUND_CREATED));
                intervened(candidates, listed);
                candidates.add(new Candidate(DouyinTags.REFUND_MODIFIED, ChangeKind.PER_VERSION, TELL_A_NEW_VERSION));
                deadlineMoved(candidates);
            }
            case DouyinStatuses.RETURN_SHIPPED -> {
                candidates.add(Candidate.once(DouyinTags.BUYER_RETURN_GOODS));
                intervened(candidates, listed);
                deadlineMoved(candidates);
            }
            default -> { }
        }
        return candidates;
    }

    private static void intervened(List<Candidate> candidates, RefundState listed) {
        if (listed.csStatus() == INTERVENED) {
            candidates.add(Candidate.once(DouyinTags.ARBITRATE_SERVICE_INTERVENE));
        }
    }

    /** A deadline moved shows only as a later update: any message read at or after it told it. */
    private static void deadlineMoved(List<Candidate> candidates) {
        candidates.add(new Candidate(DouyinTags.EXPIRATION_CHANGE, ChangeKind.PER_MODIFICATION, Set.of()));
    }

    /** A message the listed state may be missing; {@code toldBy} the tags that tell it (empty: any tag). */
    private record Candidate(String tag, ChangeKind kind, Set<String> toldBy) {

        static Candidate once(String tag) {
            return new Candidate(tag, ChangeKind.ONCE, Set.of(tag));
        }
    }
}
