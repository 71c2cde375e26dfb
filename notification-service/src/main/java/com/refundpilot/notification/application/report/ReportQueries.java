package com.refundpilot.notification.application.report;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.notification.adapter.out.mongo.ReportRepository;
import com.refundpilot.notification.adapter.out.mongo.SupervisorMessageRepository;
import com.refundpilot.notification.domain.report.DailyReport;
import com.refundpilot.notification.domain.report.Figures;
import com.refundpilot.notification.domain.report.ShopDay;
import com.refundpilot.notification.domain.report.SupervisorMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads the daily report and the supervisor messages. */
@Service
public class ReportQueries {

    private final ReportRepository repository;
    private final SupervisorMessageRepository messages;
    private final ReportProperties properties;
    private final Clock clock;

    public ReportQueries(ReportRepository repository, SupervisorMessageRepository messages,
            ReportProperties properties, Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    public DailyReport daily(Platform platform, String shopId, LocalDate date) {
        ShopDay day = new ShopDay(platform, shopId, date);
        return DailyReport.of(repository.day(day), repository.claims(platform, shopId), properties.zone());
    }

    /** The shop's figures of a day without the claims register (open claims 0): one read by _id, for gauges. */
    public Figures shopFiguresWithoutClaims(Platform platform, String shopId, LocalDate date) {
        return Figures.of(repository.day(new ShopDay(platform, shopId, date)).shop(), 0);
    }

    /** Today in the report's time zone, on the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zoneId());
    }

    public List<SupervisorMessage> supervisorMessages(Platform platform, String shopId, LocalDate date, int limit) {
        return messages.find(platform, shopId, date, limit);
    }
}
