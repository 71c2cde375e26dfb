package com.refundpilot.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import com.refundpilot.platform.domain.taobao.TaobaoChanges;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import com.refundpilot.platform.domain.taobao.TaobaoTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which message a listed refund says no accepted message told (topic inference), and what the intake records. */
class TaobaoChangesTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
    private static final Predicate<Mark> ALL_STORED = mark -> true;

    private final List<Mark> marks = new ArrayList<>();

    private static RefundState state(String status, long version, long minutes, int csStatus) {
        return new RefundState(status, version, T0.plusSeconds(60 * minutes), csStatus);
    }

    private static RefundState state(String status, long version, long minutes) {
        return state(status, version, minutes, 1);
    }

    private void told(String topic, RefundState readAs) {
        marks.add(new Mark(topic, readAs, "TAOBAO:" + topic + "@" + readAs.version(), T0));
    }

    private Optional<String> missed(RefundState listed) {
        return TaobaoChanges.missedTopic(listed, new RefundWatermark(marks), ALL_STORED);
    }

    @Test
    void aRefundNoMessageToldIsNew() {
        assertThat(missed(state("WAIT_SELLER_AGREE", 1, 0))).contains(TaobaoTopics.REFUND_CREATED);
    }

    @Test
    void aNewVersionWaitingOnTheMerchantIsABuyerModification() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(missed(state("WAIT_SELLER_AGREE", 1, 0))).isEmpty();
        assertThat(missed(state("WAIT_SELLER_AGREE", 2, 5))).contains(TaobaoTopics.BUYER_MODIFY);
        told(TaobaoTopics.BUYER_MODIFY, state("WAIT_SELLER_AGREE", 2, 5));
        assertThat(missed(state("WAIT_SELLER_AGREE", 2, 5))).isEmpty();
    }

    @Test
    void aNewVersionInTheSameSecondIsStillANewVersion() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(missed(state("WAIT_SELLER_AGREE", 2, 0))).contains(TaobaoTopics.BUYER_MODIFY);
    }

    @Test
    void anAcceptedNegotiationToldItsOwnNewVersion() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        told(TaobaoTopics.NEGOTIATION_ANSWERED, state("WAIT_SELLER_AGREE", 2, 5));
        assertThat(missed(state("WAIT_SELLER_AGREE", 2, 5))).isEmpty();
    }

    @Test
    void theEndIsASuccessOrAClosureWhateverCameBefore() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(missed(state("SUCCESS", 2, 0))).contains(TaobaoTopics.REFUND_SUCCESS);
        assertThat(missed(state("CLOSED", 2, 9))).contains(TaobaoTopics.REFUND_CLOSED);
        told(TaobaoTopics.REFUND_CLOSED, state("CLOSED", 2, 9));
        assertThat(missed(state("CLOSED", 2, 9))).isEmpty();
    }

    @Test
    void aMessageReadAfterTheRefundClosedDoesNotTellTheClosure() {
        // the buyer modified, then withdrew; the modification's webhook read the closed refund, the closure's was lost
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        told(TaobaoTopics.BUYER_MODIFY, state("CLOSED", 3, 7));
        assertThat(missed(state("CLOSED", 3, 7))).contains(TaobaoTopics.REFUND_CLOSED);
    }

    @Test
    void theReturnOnItsWayIsTheBuyerReturningGoodsThenStaffThenDeadlines() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(missed(state("WAIT_SELLER_CONFIRM_GOODS", 3, 60))).contains(TaobaoTopics.BUYER_RETURN_GOODS);
        told(TaobaoTopics.BUYER_RETURN_GOODS, state("WAIT_SELLER_CONFIRM_GOODS", 3, 60));
        assertThat(missed(state("WAIT_SELLER_CONFIRM_GOODS", 3, 60))).isEmpty();
        assertThat(missed(state("WAIT_SELLER_CONFIRM_GOODS", 3, 90, 3))).contains(TaobaoTopics.INTERVENED);
        assertThat(missed(state("WAIT_SELLER_CONFIRM_GOODS", 3, 90))).contains(TaobaoTopics.TIMEOUT_CHANGED);
    }

    @Test
    void aDeadlineMovedWithoutANewVersionIsToldByAnyMessageReadSince() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(missed(state("WAIT_SELLER_AGREE", 1, 30))).contains(TaobaoTopics.TIMEOUT_CHANGED);
        told(TaobaoTopics.INTERVENED, state("WAIT_SELLER_AGREE", 1, 31, 3));
        assertThat(missed(state("WAIT_SELLER_AGREE", 1, 30))).isEmpty();
    }

    @Test
    void theMerchantsOwnDecisionsAreNeverMissing() {
        assertThat(missed(state("SELLER_REFUSE_BUYER", 2, 3))).isEmpty();
        assertThat(missed(state("WAIT_BUYER_RETURN_GOODS", 2, 3))).isEmpty();
        assertThat(missed(state("WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS", 5, 3))).isEmpty();
    }

    @Test
    void aMarkThatNoLongerCountsTellsNothing() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(TaobaoChanges.missedTopic(state("WAIT_SELLER_AGREE", 1, 0), new RefundWatermark(marks),
                mark -> false)).contains(TaobaoTopics.REFUND_CREATED);
    }

    @Test
    void withoutAVersionOnTheListTheModificationTimeOrdersTheReadings() {
        told(TaobaoTopics.REFUND_CREATED, state("WAIT_SELLER_AGREE", 1, 0));
        assertThat(missed(state("WAIT_SELLER_AGREE", 0, 0))).isEmpty();
        assertThat(missed(state("WAIT_SELLER_AGREE", 0, 5))).contains(TaobaoTopics.BUYER_MODIFY);
    }

    @Test
    void theIntakeRecordsRefundTopicsWithHowOftenTheyHappenButNotChatLinesOrComplaints() {
        TaobaoRefund refund = new TaobaoRefund("R1", "T1", "WAIT_SELLER_AGREE", "refund_bill", false, "599.00", "599.00",
                1, 1, "SKU", "不想要了", "shop-1", "2026-11-11 10:00:00", "2026-11-11 10:05:00", 2, true,
                "2026-11-14 10:00:00");

        var created = TaobaoChanges.observed(TaobaoTopics.REFUND_CREATED, refund).orElseThrow();
        assertThat(created.kind()).isEqualTo(ChangeKind.ONCE);
        assertThat(created.state()).isEqualTo(new RefundState("WAIT_SELLER_AGREE", 2, T0.plusSeconds(300), 1));
        assertThat(created.shopId()).isEqualTo("shop-1");
        assertThat(TaobaoChanges.observed(TaobaoTopics.BUYER_MODIFY, refund).orElseThrow().kind())
                .isEqualTo(ChangeKind.PER_VERSION);
        assertThat(TaobaoChanges.observed(TaobaoTopics.TIMEOUT_CHANGED, refund).orElseThrow().kind())
                .isEqualTo(ChangeKind.PER_MODIFICATION);
        assertThat(TaobaoChanges.observed(TaobaoTopics.NEGOTIATION_ANSWERED, refund).orElseThrow().kind())
                .as("recorded, never a duplicate").isNull();
        assertThat(TaobaoChanges.observed(TaobaoTopics.CREATE_MESSAGE, refund)).isEmpty();
        assertThat(TaobaoChanges.observed(TaobaoTopics.COMPLAINT_CREATED, refund)).isEmpty();
        assertThat(TaobaoChanges.observed(TaobaoTopics.REFUND_CREATED, null)).isEmpty();
    }
}
