package com.refundpilot.platform.domain.jd;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which JD messages tell a change of the service bill itself, and which message a bill listed by
 * {@code jingdong.asc.sync.list} says is missing (the sweep stands in for it). A JD message is the news "the bill is
 * now in the state you will read": created, modified (a new {@code sysVersion} at the audit), sent back, JD stepped
 * in, refunded, closed, deadline moved (a later {@code modifiedTime} at the same version) — as Taobao's topics.
 */
public final class JdChanges {

    /** The bill's stage as the watermark keeps it: the step, with the return waybill and the refund read into it. */
    public static final String AUDIT = "AUDIT";
    public static final String RETURN_ON_ITS_WAY = "RETURN_SHIPPED";
    public static final String REFUNDED = "REFUNDED";
    public static final String CANCELLED = "CANCELLED";
    private static final int CS_INTERVENED = 3;
    private static final int CS_DECIDED = 6;

    private static final Map<String, ChangeKind> SWEEPABLE = Map.of(
            JdTopics.SERVICE_CREATE, ChangeKind.ONCE,
            JdTopics.SERVICE_MODIFY, ChangeKind.PER_VERSION,
            JdTopics.SEND_BACK, ChangeKind.ONCE,
            JdTopics.JD_INTERVENE, ChangeKind.ONCE,
            JdTopics.REFUND_SUCCESS, ChangeKind.ONCE,
            JdTopics.SERVICE_CLOSE, ChangeKind.ONCE,
            JdTopics.EXPIRE_CHANGE, ChangeKind.PER_MODIFICATION);

    /** A new version reaches the merchant through these too: an answered 协商 tells its own change. */
    private static final Set<String> TELL_A_NEW_VERSION = Set.of(JdTopics.SERVICE_CREATE, JdTopics.SERVICE_MODIFY,
            JdTopics.FEEDBACK_ANSWER);

    private JdChanges() {
    }

    /** What the watermark records for a message whose bill was read (not a track message, nor a complaint). */
    public static Optional<ObservedChange> observed(String topic, String shopId, JdBill bill) {
        if (bill == null || JdTopics.aboutComplaint(topic) || JdTopics.TRACK_MESSAGE.equals(topic)) {
            return Optional.empty();
        }
        String shop = bill.buId() == null ? shopId : bill.buId();
        return Optional.of(new ObservedChange(shop, bill.serviceId(), topic, SWEEPABLE.get(topic), stateOf(bill)));
    }

    /** The bill as the watermark compares it: its stage, {@code sysVersion}, {@code modifiedTime}, JD staff 3 / 6. */
    public static RefundState stateOf(JdBill bill) {
        int staff = bill.intervene() == null ? 0 : bill.intervene().decided() ? CS_DECIDED : CS_INTERVENED;
        return new RefundState(stage(bill), bill.sysVersion(), bill.modifiedTime(), staff);
    }

    static String stage(JdBill bill) {
        return switch (bill.afsServiceStep()) {
            case JdCodes.STEP_MERCHANT_AUDIT -> AUDIT;
            case JdCodes.STEP_MERCHANT_RECEIPT -> bill.returnExpressCode() != null ? RETURN_ON_ITS_WAY
                    : "WAITING_RETURN";
            case JdCodes.STEP_DONE -> bill.refundSumFen() > 0 ? REFUNDED : "DONE";
            case JdCodes.STEP_CANCELLED -> CANCELLED;
            default -> "STEP_" + bill.afsServiceStep();
        };
    }

    /**
     * The topic of the first change the listed bill shows that no valid mark has told, in the order JD would have
     * pushed them; empty when everything it shows was told. Stages nothing pushes (the merchant's own refusal or
     * return agreement, a replacement on its way, an exchange done) are never missing.
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
            case REFUNDED -> candidates.add(Candidate.once(JdTopics.REFUND_SUCCESS));
            case CANCELLED -> candidates.add(Candidate.once(JdTopics.SERVICE_CLOSE));
            case AUDIT -> waiting(candidates, listed, JdTopics.SERVICE_CREATE);
            case RETURN_ON_ITS_WAY -> waiting(candidates, listed, JdTopics.SEND_BACK);
            default -> { }
        }
        return candidates;
    }

    /** A stage waiting on the merchant: entered once, then JD's staff, new versions and deadlines moved in it. */
    private static void waiting(List<Candidate> candidates, RefundState listed, String entered) {
        candidates.add(Candidate.once(entered));
        if (listed.csStatus() == CS_INTERVENED) {
            candidates.add(Candidate.once(JdTopics.JD_INTERVENE));
        }
        Set<String> newVersion = new HashSet<>(TELL_A_NEW_VERSION);
        newVersion.add(entered);
        candidates.add(new Candidate(JdTopics.SERVICE_MODIFY, ChangeKind.PER_VERSION, newVersion));
        // A deadline moved shows only as a later modification: any message read at or after it told it.
        candidates.add(new Candidate(JdTopics.EXPIRE_CHANGE, ChangeKind.PER_MODIFICATION, Set.of()));
    }

    /** A message the listed bill may be missing; {@code toldBy} the topics that tell it (empty: any topic). */
    private record Candidate(String topic, ChangeKind kind, Set<String> toldBy) {

        static Candidate once(String topic) {
            return new Candidate(topic, ChangeKind.ONCE, Set.of(topic));
        }
    }
}
