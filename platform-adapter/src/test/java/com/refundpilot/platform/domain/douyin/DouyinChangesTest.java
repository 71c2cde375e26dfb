package com.refundpilot.platform.domain.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.ObservedChange;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a listed Douyin after-sale says is missing, given what the accepted messages told (the watermark), and what a
 * message records there. {@code update_time} is both version and modification time.
 */
class DouyinChangesTest {

    private static final long U1 = Instant.parse("2026-12-01T08:00:00Z").getEpochSecond();

    private static RefundState state(int status, long updateTime, int arbitrateStatus) {
        return DouyinChanges.stateOf(status, updateTime, arbitrateStatus);
    }

    private static Mark mark(String tag, int status, long updateTime) {
        return new Mark(tag, state(status, updateTime, 0), "DOUYIN:" + tag, Instant.ofEpochSecond(U1));
    }

    private static String missed(RefundState listed, Mark... marks) {
        return DouyinChanges.missedTag(listed, new RefundWatermark(List.of(marks)), m -> true).orElse("nothing");
    }

    @Test
    void aRequestNeverPushedIsMissingItsCreation() {
        assertThat(missed(state(DouyinStatuses.WAITING_MERCHANT, U1, 0))).isEqualTo(DouyinTags.REFUND_CREATED);
        assertThat(missed(state(DouyinStatuses.WAITING_MERCHANT, U1, 0),
                mark(DouyinTags.REFUND_CREATED, DouyinStatuses.WAITING_MERCHANT, U1))).isEqualTo("nothing");
    }

    @Test
    void aNewerUpdateTimeWaitingOnTheMerchantIsAModificationUnlessAnAnsweredNegotiationToldIt() {
        RefundState modified = state(DouyinStatuses.WAITING_MERCHANT, U1 + 60, 0);
        Mark created = mark(DouyinTags.REFUND_CREATED, DouyinStatuses.WAITING_MERCHANT, U1);

        assertThat(missed(modified, created)).isEqualTo(DouyinTags.REFUND_MODIFIED);
        assertThat(missed(modified, created, mark(DouyinTags.NEGOTIATION_ANSWERED, DouyinStatuses.WAITING_MERCHANT,
                U1 + 60))).isEqualTo("nothing");
        assertThat(missed(modified, created, mark(DouyinTags.REFUND_MODIFIED, DouyinStatuses.WAITING_MERCHANT,
                U1 + 60))).isEqualTo("nothing");
    }

    @Test
    void theEndIsMissingUntilItsOwnMessageWasAccepted() {
        Mark created = mark(DouyinTags.REFUND_CREATED, DouyinStatuses.WAITING_MERCHANT, U1);

        assertThat(missed(state(DouyinStatuses.SUCCEEDED, U1 + 5, 0), created)).isEqualTo(DouyinTags.REFUND_SUCCESS);
        assertThat(missed(state(DouyinStatuses.CLOSED, U1 + 5, 0), created)).isEqualTo(DouyinTags.REFUND_CLOSED);
        assertThat(missed(state(DouyinStatuses.SUCCEEDED, U1 + 5, 0), created,
                mark(DouyinTags.REFUND_SUCCESS, DouyinStatuses.SUCCEEDED, U1 + 5))).isEqualTo("nothing");
    }

    @Test
    void aReturnShippedThenStaffThenAMovedDeadlineAreToldInTheOrderTheyArePushed() {
        Mark returned = mark(DouyinTags.BUYER_RETURN_GOODS, DouyinStatuses.RETURN_SHIPPED, U1);

        assertThat(missed(state(DouyinStatuses.RETURN_SHIPPED, U1, 0))).isEqualTo(DouyinTags.BUYER_RETURN_GOODS);
        assertThat(missed(state(DouyinStatuses.RETURN_SHIPPED, U1 + 30, 1), returned))
                .as("arbitrate_status 1: staff are handling it").isEqualTo(DouyinTags.ARBITRATE_SERVICE_INTERVENE);
        assertThat(missed(state(DouyinStatuses.RETURN_SHIPPED, U1 + 30, 0), returned))
                .as("a later update in the same stage").isEqualTo(DouyinTags.EXPIRATION_CHANGE);
        assertThat(missed(state(DouyinStatuses.RETURN_SHIPPED, U1 + 30, 0), returned,
                mark(DouyinTags.EXPIRATION_CHANGE, DouyinStatuses.RETURN_SHIPPED, U1 + 30))).isEqualTo("nothing");
    }

    @Test
    void theMerchantsOwnDecisionsAreNeverMissing() {
        Mark created = mark(DouyinTags.REFUND_CREATED, DouyinStatuses.WAITING_MERCHANT, U1);
        for (int status : new int[] {DouyinStatuses.REFUSED, DouyinStatuses.REFUSED_AFTER_RETURN,
                DouyinStatuses.WAITING_BUYER_RETURN, DouyinStatuses.EXCHANGE_SHIPPED}) {
            assertThat(missed(state(status, U1 + 9, 0), created)).as("status " + status).isEqualTo("nothing");
        }
    }

    @Test
    void aMarkThatNoLongerCountsTellsNothing() {
        RefundState listed = state(DouyinStatuses.WAITING_MERCHANT, U1, 0);
        Mark abandoned = mark(DouyinTags.REFUND_CREATED, DouyinStatuses.WAITING_MERCHANT, U1);

        assertThat(DouyinChanges.missedTag(listed, new RefundWatermark(List.of(abandoned)), m -> false))
                .contains(DouyinTags.REFUND_CREATED);
    }

    @Test
    void aMessageRecordsTheDetailItReadButChatLinesAndEchoesRecordNothing() {
        DouyinAfterSale read = new DouyinAfterSale("A-1", DouyinStatuses.WAITING_MERCHANT, 1, 100, 0, null, U1 + 7,
                "不想要了", 1, null, false, null, null, DouyinAfterSale.Arbitration.NONE, "T-1", 100, 1, null, List.of());

        assertThat(DouyinChanges.observed(message(DouyinTags.REFUND_MODIFIED), read)).hasValue(new ObservedChange(
                "shop-dy", "A-1", DouyinTags.REFUND_MODIFIED, ChangeKind.PER_VERSION,
                state(DouyinStatuses.WAITING_MERCHANT, U1 + 7, 0)));
        assertThat(DouyinChanges.observed(message(DouyinTags.NEGOTIATION_ANSWERED), read)).hasValueSatisfying(
                change -> assertThat(change.kind()).as("recorded, never a duplicate of another").isNull());
        assertThat(DouyinChanges.observed(message(DouyinTags.BUYER_MESSAGE), read)).isEmpty();
        assertThat(DouyinChanges.observed(message("201"), read)).isEmpty();
        assertThat(DouyinChanges.observed(message(DouyinTags.REFUND_CREATED), null)).isEmpty();
    }

    private static DouyinPushMessage message(String tag) {
        return new DouyinPushMessage(0, tag, "m-" + tag, "shop-dy", "A-1", null, "T-1", null, null);
    }
}
