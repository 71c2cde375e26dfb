package com.refundpilot.platform.domain.pdd;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which Pinduoduo messages tell a change of the after-sale itself, and which message a row of
 * {@code pdd.refund.list.increment.get} says is missing (the sweep stands in for it). A PDD message is the news
 * "the after-sale is now in the state you will read". PDD has no version: a later change while the after-sale waits
 * on the merchant shows only as a later {@code updated_at}, which may be the buyer's modification or a deadline moved;
 * the sweep tells it as RefundBuyerModifyAgreement, whose {@code refund.modified} carries the current terms and
 * deadline, so it tells either (a deadline moved while the return waits for receipt is RefundTimeoutChanged).
 */
public final class PddChanges {

    private static final int CS_INTERVENED = 3;
    private static final int CS_DECIDED = 6;

    /** The types a sweep can stand in for, and how often each happens to one after-sale. */
    private static final Map<String, ChangeKind> SWEEPABLE = Map.of(
            PddTopics.REFUND_CREATED, ChangeKind.ONCE,
            PddTopics.BUYER_MODIFY, ChangeKind.PER_MODIFICATION,
            PddTopics.BUYER_RETURN_GOODS, ChangeKind.ONCE,
            PddTopics.PLATFORM_INTERVENED, ChangeKind.ONCE,
            PddTopics.REFUND_AGREE_AGREEMENT, ChangeKind.ONCE,
            PddTopics.REFUND_CLOSED, ChangeKind.ONCE,
            PddTopics.TIMEOUT_CHANGED, ChangeKind.PER_MODIFICATION);

    private PddChanges() {
    }

    /** What the watermark records for a message whose after-sale was read (not the chat, nor a complaint). */
    public static Optional<ObservedChange> observed(String type, String shopId, PddAfterSale afterSale) {
        if (afterSale == null || PddTopics.aboutComplaint(type) || PddTopics.CREATE_MESSAGE.equals(type)) {
            return Optional.empty();
        }
        String shop = afterSale.mallId() == null ? shopId : afterSale.mallId();
        return Optional.of(new ObservedChange(shop, afterSale.id(), type, SWEEPABLE.get(type), stateOf(afterSale)));
    }

    /** The detail as the watermark compares it: its stage, no version, {@code updated_at}, staff 3 / 6 as on TOP. */
    public static RefundState stateOf(PddAfterSale a) {
        int staff = switch (a.interventionStatus()) {
            case 1 -> CS_INTERVENED;
            case 2 -> CS_DECIDED;
            default -> 0;
        };
        return new RefundState(a.stage().name(), 0, a.updated(), staff);
    }

    /**
     * The type of the first change the listed row shows that no valid mark has told, in the order PDD would have
     * pushed them; empty when everything it shows was told. States nothing pushes (the merchant's own refusal or
     * return agreement, a replacement on its way) are never missing.
     */
    public static Optional<String> missedType(RefundState listed, RefundWatermark watermark, Predicate<Mark> valid) {
        for (String type : candidates(listed.status())) {
            boolean told = SWEEPABLE.get(type) == ChangeKind.ONCE
                    ? watermark.covering(Set.of(type), ChangeKind.ONCE, listed, valid).isPresent()
                    // a later change: any message read at or after it told it
                    : watermark.anyAtLeast(listed, valid).isPresent();
            if (!told) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(String stage) {
        return switch (PddStage.valueOf(stage)) {
            case WAITING_MERCHANT -> List.of(PddTopics.REFUND_CREATED, PddTopics.BUYER_MODIFY);
            case WAITING_MERCHANT_RECEIPT -> List.of(PddTopics.BUYER_RETURN_GOODS, PddTopics.TIMEOUT_CHANGED);
            case PLATFORM_PROCESSING -> List.of(PddTopics.PLATFORM_INTERVENED);
            case AGREED, REFUNDED -> List.of(PddTopics.REFUND_AGREE_AGREEMENT);
            case CLOSED, PLATFORM_REJECTED -> List.of(PddTopics.REFUND_CLOSED);
            default -> List.of();
        };
    }
}
