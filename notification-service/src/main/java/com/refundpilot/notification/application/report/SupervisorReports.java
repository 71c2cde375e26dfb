package com.refundpilot.notification.application.report;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.timer.DueTimer;
import com.refundpilot.kit.timer.TimerHandler;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.notification.adapter.out.mongo.SupervisorMessageRepository;
import com.refundpilot.notification.domain.report.SupervisorMessage;
import com.refundpilot.notification.domain.report.SupervisorSchedule;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The supervisor's daily message (RP-3): a shop's persisted timer fires at the configured local time and the
 * day before is composed, stored (readable at {@code GET /api/supervisor-messages}) and the timer moves to the
 * next day. Once per shop-day whichever instance fires it: the kit lets one instance claim a timer, and the
 * message's ID is the shop-day, so a repeated firing finds it stored and only moves the timer on. After a
 * pause (the clock jumped, the service was down) each missed day fires in turn, oldest first.
 */
@Service
public class SupervisorReports implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(SupervisorReports.class);

    private final ReportQueries queries;
    private final SupervisorMessageRepository messages;
    private final TimerStore timers;
    private final ReportMetrics metrics;
    private final SupervisorSchedule schedule;
    private final Clock clock;

    public SupervisorReports(ReportQueries queries, SupervisorMessageRepository messages, TimerStore timers,
            ReportMetrics metrics, ReportProperties properties, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.timers = timers;
        this.metrics = metrics;
        this.schedule = properties.schedule();
        this.clock = clock;
    }

    @Override
    public void onTimer(DueTimer timer) {
        String[] shop = ShopRegistry.shopOf(timer.aggregateId());
        if (!ShopRegistry.KIND.equals(timer.kind()) || shop == null) {
            return;
        }
        Platform platform = Platform.valueOf(shop[0]);
        String shopId = shop[1];
        LocalDate day = schedule.reportedDay(timer.dueAt());
        if (!messages.exists(SupervisorMessage.idOf(platform, shopId, day))) {
            SupervisorMessage message = SupervisorMessage.of(queries.daily(platform, shopId, day), clock.instant());
            if (messages.insert(message)) {
                metrics.supervisorMessageComposed(platform, shopId);
                log.info("supervisor message for {} {} {} composed", platform, shopId, day);
            }
        }
        // Moved on only after the message is stored: a crash before this line fires the same day again.
        timers.schedule(timer.aggregateId(), ShopRegistry.KIND, schedule.nextAfter(timer.dueAt()));
    }
}
