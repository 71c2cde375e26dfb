package com.refundpilot.platform.domain.douyin;

import java.time.Instant;
import java.util.List;

/**
 * An after-sale as {@code /afterSale/Detail} shows it, the fields the SOP needs: money in fen (the total includes
 * postage), times as instants, {@code updateTime} (epoch seconds) the optimistic version; {@code statusDeadline} null
 * while no deadline runs (the detail's 0).
 */
public record DouyinAfterSale(
        String afterSaleId,
        int status,
        int type,
        long refundTotalFen,
        long realRefundFen,
        Instant appliedAt,
        long updateTime,
        String reason,
        int quantity,
        Instant statusDeadline,
        boolean returnAddressGiven,
        Parcel returnParcel,
        Parcel exchangeParcel,
        Arbitration arbitration,
        String orderId,
        long orderPaidFen,
        int orderQuantity,
        String sku,
        List<RecordLog> recordLogs) {

    /** A waybill of {@code logistics_info}: the buyer's return or the merchant's replacement. */
    public record Parcel(String trackingNo, String carrier, Instant at) {
    }

    /** {@code arbitrate_info}; {@code conclusion} 0 while undecided, 1/3 for the buyer, 2 for the merchant. */
    public record Arbitration(int status, Instant evidenceDeadline, int conclusion, Instant createdAt) {

        public static final Arbitration NONE = new Arbitration(0, null, 0, null);

        public boolean decided() {
            return conclusion != 0;
        }

        public boolean forMerchant() {
            return conclusion == 2;
        }
    }

    /** One entry of {@code record_logs_list}. */
    public record RecordLog(String action, int role, List<String> images) {
    }

    public Instant updatedAt() {
        return Instant.ofEpochSecond(updateTime);
    }

    public boolean waitsOnMerchant() {
        return status == DouyinStatuses.WAITING_MERCHANT;
    }

    /** The buyer shipped the goods back (the second review's stage). */
    public boolean returnShipped() {
        return returnParcel != null || status == DouyinStatuses.RETURN_SHIPPED
                || status == DouyinStatuses.REFUSED_AFTER_RETURN;
    }
}
