package com.refundpilot.notification.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisorScheduleTest {

    private final SupervisorSchedule schedule = new SupervisorSchedule(LocalTime.of(9, 30), ZoneId.of("Asia/Shanghai"));

    @Test
    void aDayIsReportedAtHalfPastNineShanghaiTimeTheNextMorning() {
        assertThat(schedule.dueFor(LocalDate.parse("2026-11-11"))).isEqualTo(Instant.parse("2026-11-12T01:30:00Z"));
        assertThat(schedule.reportedDay(Instant.parse("2026-11-12T01:30:00Z"))).isEqualTo(LocalDate.parse("2026-11-11"));
        assertThat(schedule.nextAfter(Instant.parse("2026-11-12T01:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-13T01:30:00Z"));
    }

    @Test
    void aShopFirstSeenLateInTheLocalDayIsReportedForThatDay() {
        // 23:30 on the 11th in Shanghai, already the 11th 15:30 UTC
        assertThat(schedule.firstDue(Instant.parse("2026-11-11T15:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-12T01:30:00Z"));
        // 00:30 on the 12th in Shanghai, still the 11th in UTC
        assertThat(schedule.firstDue(Instant.parse("2026-11-11T16:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-13T01:30:00Z"));
    }

    @Test
    void theSupervisorsTextLeadsWithTheFiguresThatNeedALook() {
        var day = new ShopDay(Platform.TAOBAO, "shop-1", LocalDate.parse("2026-11-11"));
        DailyTally tally = DailyTally.empty(day);
        var figures = Tally.builder().one(Measure.REQUESTS).add(Measure.REQUESTED_FEN, 59_900).one(Measure.REFUNDS)
                .add(Measure.REFUNDED_FEN, 59_900).one(Measure.AUTO_APPROVED).one(Measure.LOSSES)
                .add(Measure.LOSS_FEN, 59_900).by(Breakdown.REFUND_REASONS, "NOT_RECEIVED")
                .refundTime(java.time.Duration.ofMinutes(90)).one(Measure.INTERCEPTS_REQUESTED)
                .one(Measure.INTERCEPTS_FAILED).build();
        tally.apply(new Contribution(day, "k", "SKU-9", figures));

        String text = SupervisorMessage.of(DailyReport.of(tally, List.of(), "Asia/Shanghai"),
                Instant.parse("2026-11-12T01:30:00Z")).text();

        assertThat(text).contains("【售后日报】TAOBAO 店铺 shop-1 · 2026-11-11", "退款:1 笔,共 599.00 元",
                "自动通过率 100.0%", "退款时长中位数 1小时30分", "退款原因:未收到货 1", "钱货两空:1 笔,599.00 元 ⚠",
                "成功率 0.0%", "退款最多的 SKU:SKU-9(1 笔,599.00 元)");
    }
}
