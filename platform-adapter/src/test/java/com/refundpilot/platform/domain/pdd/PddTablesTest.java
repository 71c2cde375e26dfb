package com.refundpilot.platform.domain.pdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pinduoduo's mapping tables (docs/platform-wire-formats/pdd.md §2, §4): both type numberings, stages, reasons. */
class PddTablesTest {

    @ParameterizedTest
    @CsvSource({"1, REFUND_ONLY", "2, RETURN_AND_REFUND", "3, EXCHANGE", "4, RESHIP"})
    void theDetailNumbersTypesFromOne(int code, RefundType type) {
        assertThat(PddAfterSaleTypes.ofDetail(code)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"2, REFUND_ONLY", "3, RETURN_AND_REFUND", "4, EXCHANGE", "5, RESHIP"})
    void theIncrementListNumbersTypesFromTwo(int code, RefundType type) {
        assertThat(PddAfterSaleTypes.ofList(code)).isEqualTo(type);
        assertThat(PddAfterSaleTypes.listCodeOf(type)).isEqualTo(code);
    }

    @Test
    void theSameNumberMeansDifferentTypesInTheTwoTables() {
        assertThat(PddAfterSaleTypes.ofDetail(2)).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(PddAfterSaleTypes.ofList(2)).isEqualTo(RefundType.REFUND_ONLY);
        assertThat(PddAfterSaleTypes.ofDetail(4)).isEqualTo(RefundType.RESHIP);
        assertThat(PddAfterSaleTypes.ofList(4)).isEqualTo(RefundType.EXCHANGE);
    }

    @Test
    void repairsTheListsAllAndUnknownCodesAreUnmappable() {
        assertThatThrownBy(() -> PddAfterSaleTypes.ofDetail(5)).hasMessageContaining("repair");
        assertThatThrownBy(() -> PddAfterSaleTypes.ofDetail(0)).hasMessageContaining("unknown");
        assertThatThrownBy(() -> PddAfterSaleTypes.ofList(1)).hasMessageContaining("all types");
        assertThatThrownBy(() -> PddAfterSaleTypes.ofList(6)).hasMessageContaining("unknown");
    }

    @ParameterizedTest
    @CsvSource({
        "2, false, WAITING_MERCHANT", "3, false, WAITING_MERCHANT", "3, true, WAITING_MERCHANT_RECEIPT",
        "14, false, WAITING_MERCHANT", "14, true, WAITING_MERCHANT_RECEIPT", "4, false, AGREED", "5, false, AGREED",
        "31, false, AGREED", "6, false, MERCHANT_REFUSED", "7, false, WAITING_BUYER_RETURN",
        "15, false, WAITING_BUYER_RETURN", "8, false, PLATFORM_PROCESSING", "9, false, PLATFORM_REJECTED",
        "10, true, REFUNDED", "11, false, CLOSED", "12, false, CLOSED", "13, false, CLOSED",
        "16, false, FINISHED_WITHOUT_REFUND", "17, false, FINISHED_WITHOUT_REFUND", "18, true, EXCHANGE_SHIPPED",
        "21, false, REPAIR", "27, false, REPAIR", "32, false, FINISHED_WITHOUT_REFUND", "0, false, UNKNOWN",
        "99, false, UNKNOWN"})
    void afterSalesStatusIsReadWithTheReturnWaybill(int status, boolean returnShipped, PddStage stage) {
        assertThat(PddStage.of(status, returnShipped)).isEqualTo(stage);
    }

    @Test
    void onlyAgreedAndRefundedCountAsPaid() {
        assertThat(PddStage.AGREED.paid()).isTrue();
        assertThat(PddStage.REFUNDED.paid()).isTrue();
        assertThat(PddStage.CLOSED.paid()).isFalse();
        assertThat(PddStage.PLATFORM_PROCESSING.paid()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"不想要了, NOT_WANTED", "拍错/多拍, ORDERED_BY_MISTAKE", "商品质量问题, QUALITY",
        "与描述不符, NOT_AS_DESCRIBED", "货不对板, NOT_AS_DESCRIBED", "商品破损, DAMAGED", "快递一直未送到, NOT_RECEIVED",
        "空包裹, NOT_RECEIVED", "少件/漏发, MISSING_ITEM", "发错货, WRONG_ITEM_SENT", "退运费, SHIPPING_FEE",
        "发票问题, INVOICE", "缺货, OUT_OF_STOCK", "未按约定时间发货, LATE_SHIPMENT", "发货慢, LATE_SHIPMENT",
        "7天无理由, NO_REASON_7D", "其他, OTHER", "'', OTHER"})
    void reasonTextsMapByContainment(String text, RefundReason reason) {
        assertThat(PddReasons.normalize(text)).isEqualTo(reason);
    }

    @Test
    void theMessageTypesNameWhatMustBeRead() {
        assertThat(PddTopics.needOf(PddTopics.REFUND_CREATED)).isEqualTo(PddTopics.Need.AFTER_SALE);
        assertThat(PddTopics.needOf(PddTopics.CREATE_MESSAGE)).isEqualTo(PddTopics.Need.AFTER_SALE_AND_CHAT);
        assertThat(PddTopics.needOf(PddTopics.NEGOTIATION_ANSWERED))
                .isEqualTo(PddTopics.Need.AFTER_SALE_AND_NEGOTIATIONS);
        assertThat(PddTopics.needOf(PddTopics.COMPLAINT_DECIDED)).isEqualTo(PddTopics.Need.COMPLAINT);
        assertThat(PddTopics.needOf("pdd_trade_TradeConfirmed")).isEqualTo(PddTopics.Need.NOTHING);
    }
}
