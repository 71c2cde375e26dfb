package com.refundpilot.platform.domain.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import com.refundpilot.platform.wire.pdd.PddJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a row of pdd.refund.list.increment.get says is missing, given what the accepted frames told. */
class PddChangesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PddListedRefund row(int status, String tracking, Instant updated) {
        return new PddListedRefund("P1", "O1", 1, status, tracking, updated);
    }

    private static Mark mark(String type, PddStage stage, Instant updated) {
        return new Mark(type, new RefundState(stage.name(), 0, updated, 0), "PINDUODUO:" + type, T0);
    }

    private static String missed(PddListedRefund listed, Mark... marks) {
        return PddChanges.missedType(listed.state(), new RefundWatermark(List.of(marks)), m -> true)
                .orElse("nothing");
    }

    @Test
    void aRequestNeverPushedIsMissingItsCreation() {
        assertThat(missed(row(2, null, T0))).isEqualTo(PddTopics.REFUND_CREATED);
        assertThat(missed(row(3, null, T0))).as("a return waiting on the merchant").isEqualTo(PddTopics.REFUND_CREATED);
    }

    @Test
    void aLaterChangeWhileWaitingIsAModificationUnlessAFrameReadAtOrAfterItToldIt() {
        Mark created = mark(PddTopics.REFUND_CREATED, PddStage.WAITING_MERCHANT, T0.plusMillis(400));

        assertThat(missed(row(2, null, T0), created)).as("the list's whole second is the detail's").isEqualTo("nothing");
        assertThat(missed(row(2, null, T0.plusSeconds(60)), created)).isEqualTo(PddTopics.BUYER_MODIFY);
        assertThat(missed(row(2, null, T0.plusSeconds(60)), created,
                mark(PddTopics.TIMEOUT_CHANGED, PddStage.WAITING_MERCHANT, T0.plusSeconds(60))))
                .as("PDD has no version: any frame read at the change told it").isEqualTo("nothing");
    }

    @Test
    void aShippedReturnIsMissingUntilItsFrameWasAccepted() {
        Mark created = mark(PddTopics.REFUND_CREATED, PddStage.WAITING_MERCHANT, T0);
        PddListedRefund shipped = row(3, "SF123", T0.plusSeconds(60));

        assertThat(missed(shipped, created)).isEqualTo(PddTopics.BUYER_RETURN_GOODS);
        Mark returned = mark(PddTopics.BUYER_RETURN_GOODS, PddStage.WAITING_MERCHANT_RECEIPT, T0.plusSeconds(60));
        assertThat(missed(shipped, created, returned)).isEqualTo("nothing");
        assertThat(missed(row(3, "SF123", T0.plusSeconds(120)), created, returned))
                .as("a later change while the return waits for receipt: the deadline moved")
                .isEqualTo(PddTopics.TIMEOUT_CHANGED);
    }

    @Test
    void staffThePaymentAndTheCloseAreEachToldOnce() {
        Mark created = mark(PddTopics.REFUND_CREATED, PddStage.WAITING_MERCHANT, T0);

        assertThat(missed(row(8, null, T0.plusSeconds(60)), created)).isEqualTo(PddTopics.PLATFORM_INTERVENED);
        assertThat(missed(row(10, null, T0.plusSeconds(60)), created)).isEqualTo(PddTopics.REFUND_AGREE_AGREEMENT);
        assertThat(missed(row(10, null, T0.plusSeconds(60)), created,
                mark(PddTopics.REFUND_AGREE_AGREEMENT, PddStage.REFUNDED, T0.plusSeconds(60)))).isEqualTo("nothing");
        assertThat(missed(row(11, null, T0.plusSeconds(60)), created)).isEqualTo(PddTopics.REFUND_CLOSED);
        assertThat(missed(row(9, null, T0.plusSeconds(60)), created)).as("staff decided for the merchant")
                .isEqualTo(PddTopics.REFUND_CLOSED);
    }

    @Test
    void statesNothingPushesAreNeverMissing() {
        Mark created = mark(PddTopics.REFUND_CREATED, PddStage.WAITING_MERCHANT, T0);
        assertThat(missed(row(6, null, T0.plusSeconds(60)), created)).as("the merchant refused").isEqualTo("nothing");
        assertThat(missed(row(7, null, T0.plusSeconds(60)), created)).as("return agreed").isEqualTo("nothing");
        assertThat(missed(row(18, null, T0.plusSeconds(60)), created)).as("replacement shipped").isEqualTo("nothing");
    }

    @Test
    void aFrameObservesTheDetailAndTheChatSaysNothingOfTheState() {
        PddAfterSale detail = PddJson.afterSale(JSON.readTree("""
                {"id":"P1","order_sn":"O1","mall_id":"shop-p","after_sales_type":1,"after_sales_status":8,
                 "refund_amount":100,"updated_at":1764576000123,"intervention_status":1}"""));

        var observed = PddChanges.observed(PddTopics.PLATFORM_INTERVENED, "other", detail).orElseThrow();

        assertThat(observed.shopId()).isEqualTo("shop-p");
        assertThat(observed.kind()).isEqualTo(ChangeKind.ONCE);
        assertThat(observed.state()).isEqualTo(new RefundState("PLATFORM_PROCESSING", 0,
                Instant.ofEpochMilli(1764576000123L), 3));
        assertThat(PddChanges.observed(PddTopics.CREATE_MESSAGE, "shop-p", detail)).isEmpty();
        assertThat(PddChanges.observed(PddTopics.COMPLAINT_CREATED, "shop-p", detail)).isEmpty();
    }

    @Test
    void theListsPageReadsNumbersAsTextAndCountsWhatFollows() {
        var page = PddJson.refundPage(JSON.readTree("""
                {"total_count":3,"refund_list":[
                  {"id":"P1","order_sn":"O1","after_sales_type":2,"after_sales_status":"3","tracking_number":"SF1",
                   "updated_time":"1764576000"},
                  {"id":null,"updated_time":"1764576000"},
                  {"id":7381745730,"order_sn":"O2","after_sales_type":1,"after_sales_status":10,"updated_time":1764576001}]}
                """), 1, 2);

        assertThat(page.hasNext()).isTrue();
        assertThat(page.changes()).extracting(PddListedRefund::id).containsExactly("P1", "7381745730");
        assertThat(page.changes().get(0).stage()).isEqualTo(PddStage.WAITING_MERCHANT_RECEIPT);
        assertThat(page.changes().get(0).updated()).isEqualTo(Instant.ofEpochSecond(1764576000));
        assertThat(PddJson.refundPage(JSON.readTree("{\"total_count\":2,\"refund_list\":[]}"), 1, 2).hasNext())
                .isFalse();
    }
}
