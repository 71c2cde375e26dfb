package com.refundpilot.platform.domain.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import org.junit.jupiter.api.Test;

/** The normalization tables of wechat.md §5: statuses, types, reasons and 纠纷单 states. */
class WechatTablesTest {

    @Test
    void everyPublicStatusIsKnownAndGroupedAndAnUnknownOneIsNot() {
        for (String status : new String[] {"USER_CANCELD", "MERCHANT_PROCESSING", "MERCHANT_REJECT_REFUND",
            "MERCHANT_REJECT_RETURN", "USER_WAIT_RETURN", "RETURN_CLOSED", "MERCHANT_WAIT_RECEIPT",
            "MERCHANT_OVERDUE_REFUND", "MERCHANT_REFUND_SUCCESS", "MERCHANT_RETURN_SUCCESS", "PLATFORM_REFUNDING",
            "PLATFORM_REFUND_FAIL", "USER_WAIT_CONFIRM", "USER_WAIT_CONFIRM_UPDATE",
            "USER_WAIT_HANDLE_MERCHANT_AFTER_SALE", "MERCHANT_REFUND_RETRY_FAIL", "MERCHANT_FAIL"}) {
            assertThat(WechatStatuses.known(status)).as(status).isTrue();
        }
        assertThat(WechatStatuses.known("MERCHANT_PROCESSNG")).isFalse();
        assertThat(WechatStatuses.REFUNDED).containsExactlyInAnyOrder("MERCHANT_REFUND_SUCCESS",
                "MERCHANT_RETURN_SUCCESS", "PLATFORM_REFUNDING");
        assertThat(WechatStatuses.CLOSED).contains("USER_CANCELD", "RETURN_CLOSED", "MERCHANT_FAIL")
                .doesNotContain("PLATFORM_REFUND_FAIL");
        assertThat(WechatStatuses.finished("MERCHANT_OVERDUE_REFUND")).as("a refund still follows").isFalse();
        assertThat(WechatStatuses.merchantStep("USER_WAIT_CONFIRM_UPDATE")).isEqualTo("ANSWER");
        assertThat(WechatStatuses.merchantStep("MERCHANT_WAIT_RECEIPT")).isEqualTo("RECEIPT");
        assertThat(WechatStatuses.merchantStep("USER_WAIT_RETURN")).isNull();
    }

    @Test
    void typesMapAndAnUnknownTypeIsRefusedForTheCallerToDrop() {
        assertThat(WechatStatuses.typeOf("REFUND", "")).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(WechatStatuses.typeOf("REFUND", "RESHIP")).isEqualTo(RefundType.RESHIP);
        assertThat(WechatStatuses.typeOf("RETURN", null)).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(WechatStatuses.typeOf("EXCHANGE", null)).isEqualTo(RefundType.EXCHANGE);
        assertThatThrownBy(() -> WechatStatuses.typeOf("REPAIR", null)).hasMessageContaining("REPAIR");
        assertThat(WechatStatuses.typeNumber("RETURN")).isEqualTo(2);
        assertThat(WechatStatuses.typeNumber("EXCHANGE")).isEqualTo(3);
        assertThat(WechatStatuses.typeNumber("REFUND")).isEqualTo(1);
    }

    @Test
    void reasonsGoByTheirCodeAndOtherCodesByTheirText() {
        assertThat(WechatReasons.normalize("10000000", "随便")).isEqualTo(RefundReason.NOT_WANTED);
        assertThat(WechatReasons.normalize("10000021", "")).isEqualTo(RefundReason.QUALITY);
        assertThat(WechatReasons.normalize("10000002", null)).isEqualTo(RefundReason.ORDERED_BY_MISTAKE);
        assertThat(WechatReasons.normalize("10000007", null)).isEqualTo(RefundReason.NOT_RECEIVED);
        assertThat(WechatReasons.normalize("10000001", null)).isEqualTo(RefundReason.OUT_OF_STOCK);
        assertThat(WechatReasons.normalize("10000006", null)).isEqualTo(RefundReason.WRONG_ITEM_SENT);
        assertThat(WechatReasons.normalize("10000008", "7天无理由")).isEqualTo(RefundReason.NO_REASON_7D);
        assertThat(WechatReasons.normalize("10000008", "未按约定时间发货")).isEqualTo(RefundReason.LATE_SHIPMENT);
        assertThat(WechatReasons.normalize("99999999", "发票问题")).isEqualTo(RefundReason.INVOICE);
        assertThat(WechatReasons.normalize(null, null)).isEqualTo(RefundReason.OTHER);
    }

    @Test
    void disputeStatesAreOpenFinishedOrNeither() {
        assertThat(WechatStatuses.disputeOpen(100)).isTrue();
        assertThat(WechatStatuses.disputeOpen(106)).isTrue();
        assertThat(WechatStatuses.disputeOpen(307)).isTrue();
        assertThat(WechatStatuses.disputeFinished(112)).isTrue();
        assertThat(WechatStatuses.disputeFinished(116)).isTrue();
        assertThat(WechatStatuses.disputeOpen(102)).as("取消客服介入").isFalse();
        assertThat(WechatStatuses.disputeFinished(102)).isFalse();
    }
}
