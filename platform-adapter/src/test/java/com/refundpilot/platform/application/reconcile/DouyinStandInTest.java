package com.refundpilot.platform.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.douyin.DouyinListedAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinPushMessage;
import com.refundpilot.platform.domain.douyin.DouyinTags;
import org.junit.jupiter.api.Test;

/** The message the Douyin sweep stands in for a lost push with: tag and IDs, under an ID natural to the state. */
class DouyinStandInTest {

    private final DouyinListedAfterSale listed = new DouyinListedAfterSale("A-9", 6, 1, 1764576000L, 0, "T-9");

    @Test
    void carriesTheTagAndIdsAPushCarriesUnderAnIdOfTheListedState() {
        DouyinPushMessage standIn = DouyinReconciler.standIn(DouyinTags.REFUND_CREATED, listed, "shop-dy");

        assertThat(standIn.msgId()).isEqualTo("sweep:A-9:1764576000:200");
        assertThat(standIn.tag()).isEqualTo("200");
        assertThat(standIn.shopId()).isEqualTo("shop-dy");
        assertThat(standIn.afterSaleId()).isEqualTo("A-9");
        assertThat(standIn.orderId()).isEqualTo("T-9");
        assertThat(standIn.complaintId()).isNull();
    }

    @Test
    void aLaterStateOrAnotherTagIsAnotherMessage() {
        DouyinListedAfterSale later = new DouyinListedAfterSale("A-9", 12, 1, 1764576060L, 0, "T-9");

        assertThat(DouyinReconciler.standIn(DouyinTags.REFUND_SUCCESS, later, "shop-dy").msgId())
                .isEqualTo("sweep:A-9:1764576060:206");
        assertThat(DouyinReconciler.standIn(DouyinTags.REFUND_CREATED, listed, "shop-dy").msgId())
                .isEqualTo(DouyinReconciler.standIn(DouyinTags.REFUND_CREATED, listed, "shop-dy").msgId());
    }
}
