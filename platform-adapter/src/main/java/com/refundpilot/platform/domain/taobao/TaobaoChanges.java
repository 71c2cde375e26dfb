package com.refundpilot.platform.domain.taobao;

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
 * Which Taobao messages tell a change of the refund itself, and which message a refund's listed state says is
 * missing. A TMC message's topic is the news "the refund is now in the state you will read": RefundCreated for a
 * new request, RefundBuyerModifyAgreement for a new version waiting on the merchant, RefundBuyerReturnGoods for the
 * return on its way, RefundSuccess / RefundClosed for the end, TaobaoIntervened for staff, RefundTimeoutChanged
 * for a deadline moved without a new version. The sweep stands in for exactly those.
 */
public final class TaobaoChanges {

    private static final int CS_INTERVENED = 3;

    /** The topics a sweep can stand in for, and how often each happens to one refund. */
    private static final Map<String, ChangeKind> SWEEPABLE = Map.of(
            TaobaoTopics.REFUND_CREATED, ChangeKind.ONCE,
            TaobaoTopics.BUYER_MODIFY, ChangeKind.PER_VERSION,
            TaobaoTopics.BUYER_RETURN_GOODS, ChangeKind.ONCE,
            TaobaoTopics.REFUND_SUCCESS, ChangeKind.ONCE,
            TaobaoTopics.REFUND_CLOSED, ChangeKind.ONCE,
            TaobaoTopics.INTERVENED, ChangeKind.ONCE,
            TaobaoTopics.TIMEOUT_CHANGED, ChangeKind.PER_MODIFICATION);

    /** A new version reaches the merchant through these too: an accepted negotiation tells its own change. */
    private static final Set<String> TELL_A_NEW_VERSION = Set.of(TaobaoTopics.REFUND_CREATED, TaobaoTopics.BUYER_MODIFY,
            TaobaoTopics.NEGOTIATION_ANSWERED);

    private TaobaoChanges() {
    }

    /**
     * What the watermark records for a message whose refund was read: every refund topic except the chat (a chat
     * line says nothing about the refund's state). Empty for complaints and for messages that read no refund.
     */
    public static Optional<ObservedChange> observed(String topic, TaobaoRefund refund) {
        if (refund == null || TaobaoTopics.aboutComplaint(topic) || TaobaoTopics.CREATE_MESSAGE.equals(topic)) {
            return Optional.empty();
        }
        return Optional.of(new ObservedChange(refund.sellerNick(), refund.refundId(), topic, SWEEPABLE.get(topic),
                stateOf(refund)));
    }

    public static RefundState stateOf(TaobaoRefund refund) {
        return new RefundState(refund.status(), refund.refundVersion(), instantOrNull(refund.modified()),
                refund.csStatus());
    }

    /**
     * The topic of the first change the listed state shows that no valid mark has told yet, in the order the
     * platform would have pushed them; empty when the marks tell everything the state shows. States nothing pushes
     * (the merchant's own refusal or return agreement, an exchange's replacement on its way) are never missing.
     */
    public static Optional<String> missedTopic(RefundState listed, RefundWatermark watermark, Predicate<Mark> valid) {
        for (Candidate candidate : candidates(listed)) {
            boolean told = candidate.toldBy().isEmpty()
                    ? watermark.anyAtLeast(listed, valid).isPresent()
                    : watermark.covering(candidate.toldBy(), candidate.kind(), listed, valid).isPresent();
            if (!told) {
                return Optional.of(candidate.topic());
            }
        }
        return Optional.empty();
    }

    private static List<Candidate> candidates(RefundState listed) {
        List<Candidate> candidates = new ArrayList<>();
        switch (listed.status()) {
            case "SUCCESS" -> candidates.add(Candidate.once(TaobaoTopics.REFUND_SUCCESS));
            case "CLOSED" -> candidates.add(Candidate.once(TaobaoTopics.REFUND_CLOSED));
            case "WAIT_SELLER_AGREE" -> waiting(candidates, listed, TaobaoTopics.REFUND_CREATED);
            case "WAIT_SELLER_CONFIRM_GOODS" -> waiting(candidates, listed, TaobaoTopics.BUYER_RETURN_GOODS);
            default -> { }
        }
        return candidates;
    }

    /** A stage waiting on the merchant: entered once, then new versions, staff, and deadlines moved in it. */
    private static void waiting(List<Candidate> candidates, RefundState listed, String entered) {
        candidates.add(Candidate.once(entered));
        if (listed.csStatus() == CS_INTERVENED) {
            candidates.add(Candidate.once(TaobaoTopics.INTERVENED));
        }
        Set<String> newVersion = new java.util.HashSet<>(TELL_A_NEW_VERSION);
        newVersion.add(entered);
        candidates.add(new Candidate(TaobaoTopics.BUYER_MODIFY, ChangeKind.PER_VERSION, newVersion));
        // A deadline moved shows only as a later modification: any message read at or after it told it.
        candidates.add(new Candidate(TaobaoTopics.TIMEOUT_CHANGED, ChangeKind.PER_MODIFICATION, Set.of()));
    }

    static Instant instantOrNull(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            return TaobaoWire.instant(time);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** A message the listed state may be missing; {@code toldBy} the topics that tell it (empty: any topic). */
    private record Candidate(String topic, ChangeKind kind, Set<String> toldBy) {

        static Candidate once(String topic) {
            return new Candidate(topic, ChangeKind.ONCE, Set.of(topic));
        }
    }
}
