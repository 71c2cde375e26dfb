package com.refundpilot.platform.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.taobao.TaobaoListedRefund;
import com.refundpilot.platform.domain.taobao.TaobaoPush;
import com.refundpilot.platform.domain.taobao.TaobaoTopics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The message the sweep hands in for a lost push: a natural ID from the listed state, the amount the topic means. */
class TaobaoStandInTest {

    private static final long MODIFIED = Instant.parse("2026-11-11T02:05:00Z").getEpochSecond();

    private static TaobaoListedRefund listed(String status, long version, String payment) {
        return new TaobaoListedRefund("R1", "T1", "shop-1", status, "2026-11-11 10:05:00", version, 1, "599.00",
                "599.00", payment);
    }

    @Test
    void theSameListedStateAlwaysGivesTheSameMessage() {
        TaobaoPush push = TaobaoReconciler.standIn(TaobaoTopics.REFUND_CREATED, listed("WAIT_SELLER_AGREE", 1, "599.00"),
                "shop-1");

        assertThat(push.msgId()).isEqualTo("sweep:R1:1:" + MODIFIED + ":RefundCreated");
        assertThat(TaobaoReconciler.standIn(TaobaoTopics.REFUND_CREATED, listed("WAIT_SELLER_AGREE", 1, "599.00"),
                "shop-1")).isEqualTo(push);
        assertThat(push.refundId()).isEqualTo("R1");
        assertThat(push.tid()).isEqualTo("T1");
        assertThat(push.sellerNick()).isEqualTo("shop-1");
        assertThat(push.refundFee()).isEqualTo("599.00");
        assertThat(TaobaoReconciler.standIn(TaobaoTopics.BUYER_MODIFY, listed("WAIT_SELLER_AGREE", 2, "599.00"),
                "shop-1").msgId()).isEqualTo("sweep:R1:2:" + MODIFIED + ":RefundBuyerModifyAgreement");
    }

    @Test
    void aSuccessCarriesWhatWasPaidTheOrderTotalLessWhatTheSellerKeeps() {
        assertThat(TaobaoReconciler.standIn(TaobaoTopics.REFUND_SUCCESS, listed("SUCCESS", 2, "179.70"), "shop-1")
                .refundFee()).isEqualTo("419.30");
        assertThat(TaobaoReconciler.standIn(TaobaoTopics.REFUND_SUCCESS, listed("SUCCESS", 2, null), "shop-1")
                .refundFee()).as("without payment: the asked amount").isEqualTo("599.00");
    }
}
