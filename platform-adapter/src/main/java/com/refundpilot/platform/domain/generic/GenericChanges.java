package com.refundpilot.platform.domain.generic;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which generic pushes tell a change of the after-sale itself, and which push a listed after-sale says is missing
 * (the reconciliation sweep stands in for it). A push carries the after-sale as it stands after the change, so its
 * type is the news "it is now in this state": created, modified (a new version waiting on the merchant), return
 * shipped, intervened, refunded, closed, deadline changed (a later update at the same version).
 */
public final class GenericChanges {

    private static final int INTERVENED = 3;
    private static final int DECIDED = 6;

    private static final Map<String, ChangeKind> SWEEPABLE = Map.of(
            GenericEventTypes.CREATED, ChangeKind.ONCE,
            GenericEventTypes.MODIFIED, ChangeKind.PER_VERSION,
            GenericEventTypes.RETURN_SHIPPED, ChangeKind.ONCE,
            GenericEventTypes.INTERVENED, ChangeKind.ONCE,
            GenericEventTypes.REFUNDED, ChangeKind.ONCE,
            GenericEventTypes.CLOSED, ChangeKind.ONCE,
            GenericEventTypes.DEADLINE_CHANGED, ChangeKind.PER_MODIFICATION);

    /** A new version waiting on the merchant is told by these too (an accepted 协商 answers with its own push). */
    private static final Set<String> TELL_A_NEW_VERSION = Set.of(GenericEventTypes.CREATED, GenericEventTypes.MODIFIED,
            GenericEventTypes.NEGOTIATION_ANSWERED);

    private GenericChanges() {
    }

    /** What the watermark records for a push about an after-sale (a chat line says nothing of its state). */
    public static Optional<ObservedChange> observed(GenericPush push) {
        if (push.aboutComplaint() || GenericEventTypes.BUYER_MESSAGE.equals(push.type())) {
            return Optional.empty();
        }
        GenericAfterSale a = push.afterSale();
        String shop = a.shopId() == null ? push.shopId() : a.shopId();
        return Optional.of(new ObservedChange(shop, a.afterSaleId(), push.type(), SWEEPABLE.get(push.type()),
                stateOf(a)));
    }

    /** The after-sale's state as the watermark compares it; staff are 3 (intervened) and 6 (decided), as on TOP. */
    public static RefundState stateOf(GenericAfterSale a) {
        int staff = a.intervention() == null ? 0 : switch (a.intervention().status()) {
            case "INTERVENED" -> INTERVENED;
            case "DECIDED" -> DECIDED;
            default -> 1;
        };
        return new RefundState(a.status(), a.version(), a.updatedAt(), staff);
    }

    /**
     * The type of the first change the listed after-sale shows that no valid mark has told, in the order the platform
     * would have pushed them; empty when everything it shows was told. States nothing pushes (the merchant's own
     * refusal, a return agreed, a replacement on its way) are never missing.
     */
    public static Optional<String> missedType(RefundState listed, RefundWatermark watermark, Predicate<Mark> valid) {
        for (Candidate candidate : candidates(listed)) {
            boolean told = candidate.toldBy().isEmpty()
                    ? watermark.anyAtLeast(listed, valid).isPresent()
                    : watermark.covering(candidate.toldBy(), candidate.kind(), listed, valid).isPresent();
            if (!told) {
                return Optional.of(candidate.type());
            }
        }
        return Optional.empty();
    }

    private static List<Candidate> candidates(RefundState listed) {
        List<Candidate> candidates = new ArrayList<>();
        switch (listed.status()) {
            case GenericAfterSale.REFUNDED -> candidates.add(Candidate.once(GenericEventTypes.REFUNDED));
            case "CLOSED" -> candidates.add(Candidate.once(GenericEventTypes.CLOSED));
            case GenericAfterSale.WAITING_MERCHANT -> waiting(candidates, listed, GenericEventTypes.CREATED);
            case "WAITING_MERCHANT_RECEIPT" -> waiting(candidates, listed, GenericEventTypes.RETURN_SHIPPED);
            default -> { }
        }
        return candidates;
    }

    private static void waiting(List<Candidate> candidates, RefundState listed, String entered) {
        candidates.add(Candidate.once(entered));
        if (listed.csStatus() == INTERVENED) {
            candidates.add(Candidate.once(GenericEventTypes.INTERVENED));
        }
        Set<String> newVersion = new java.util.HashSet<>(TELL_A_NEW_VERSION);
        newVersion.add(entered);
        candidates.add(new Candidate(GenericEventTypes.MODIFIED, ChangeKind.PER_VERSION, newVersion));
        // A deadline moved shows only as a later update: any push read at or after it told it.
        candidates.add(new Candidate(GenericEventTypes.DEADLINE_CHANGED, ChangeKind.PER_MODIFICATION, Set.of()));
    }

    /** A push the listed state may be missing; {@code toldBy} the types that tell it (empty: any type). */
    private record Candidate(String type, ChangeKind kind, Set<String> toldBy) {

        static Candidate once(String type) {
            return new Candidate(type, ChangeKind.ONCE, Set.of(type));
        }
    }
}
