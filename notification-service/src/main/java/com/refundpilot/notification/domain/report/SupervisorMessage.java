package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily message to a shop's supervisor (RP-3): the day's report in a few lines of Chinese, and the report
 * itself. One per shop and day: its ID is {@code platform:shop:date}, whichever instance composes it.
 */
public record SupervisorMessage(String messageId, Platform platform, String shopId, LocalDate date, String text,
        DailyReport report, Instant createdAt) {

    public static String idOf(Platform platform, String shopId, LocalDate date) {
        return new ShopDay(platform, shopId, date).id();
    }

    public static SupervisorMessage of(DailyReport report, Instant now) {
        return new SupervisorMessage(idOf(report.platform(), report.shopId(), report.date()), report.platform(),
                report.shopId(), report.date(), SupervisorSummary.text(report), report, now);
    }
}
