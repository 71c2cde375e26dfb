package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** One shop's one local day (RP-3): the unit of the daily report and the ID of its document. */
public record ShopDay(Platform platform, String shopId, LocalDate date) {

    public ShopDay {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(date, "date");
    }

    /** The shop's day on which {@code at} falls, in the report's time zone (the merchant's, not UTC). */
    public static ShopDay of(OrderRef order, Instant at, ZoneId zone) {
        return new ShopDay(order.platform(), order.shopId(), LocalDate.ofInstant(at, zone));
    }

    /** {@code TAOBAO:shop-1:2026-11-11}. */
    public String id() {
        return shopKey(platform, shopId) + ":" + date;
    }

    public String shopKey() {
        return shopKey(platform, shopId);
    }

    public static String shopKey(Platform platform, String shopId) {
        return platform + ":" + shopId;
    }
}
