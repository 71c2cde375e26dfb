package com.refundpilot.platform.domain.wechat;

import java.util.ArrayList;
import java.util.List;

/** Test builder of WeChat after-sales as getaftersaleorder shows them: a waiting refund-only request by default. */
final class AfterSales {

    String status = "MERCHANT_PROCESSING";
    String type = "REFUND";
    String subType = "";
    String reasonCode = "10000000";
    String reasonText = "不想要了";
    long amountFen = 59900;
    int count = 1;
    int refundReason = 0;
    String waybill = "";
    String deliveryName = "";
    WechatNegotiation pending;
    List<String> media = new ArrayList<>();
    String complaintId = "";
    long deadlineSeconds = 72 * 3600;
    long createTime = 1_794_300_000L;
    long updateTime = 1_794_300_000L;

    static AfterSales waiting() {
        return new AfterSales();
    }

    AfterSales status(String value) {
        status = value;
        return this;
    }

    AfterSales type(String value) {
        type = value;
        return this;
    }

    AfterSales amount(long value) {
        amountFen = value;
        return this;
    }

    AfterSales reason(String code, String text) {
        reasonCode = code;
        reasonText = text;
        return this;
    }

    AfterSales deadline(long seconds) {
        deadlineSeconds = seconds;
        return this;
    }

    AfterSales updated(long epochSeconds) {
        updateTime = epochSeconds;
        return this;
    }

    AfterSales waybill(String tracking, String courier) {
        waybill = tracking;
        deliveryName = courier;
        return this;
    }

    AfterSales pending(WechatNegotiation value) {
        pending = value;
        return this;
    }

    AfterSales refundReason(int value) {
        refundReason = value;
        return this;
    }

    AfterSales disputed() {
        complaintId = "CP-R1";
        return this;
    }

    AfterSales media(String... ids) {
        media = new ArrayList<>(List.of(ids));
        return this;
    }

    WechatAfterSale build() {
        return new WechatAfterSale("R1", "T1", status, type, subType, reasonCode, reasonText, amountFen, count,
                "SKU-1", refundReason, waybill, "", deliveryName, pending, media, complaintId, deadlineSeconds,
                createTime, updateTime);
    }
}
