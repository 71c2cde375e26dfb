package com.refundpilot.notification.application;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.contracts.vocabulary.TaskPriority;
import com.refundpilot.notification.adapter.out.mongo.NotificationRepository;
import com.refundpilot.notification.domain.TaskStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Buyer messages by template, agent tasks created by rule and priority, and the open-task backlog. The
 * backlog gauge reads a number refreshed on a schedule: a scrape never queries the store (a count by
 * status scans the whole collection on the embedded store).
 */
@Component
public class NotificationMetrics {

    private static final Logger log = LoggerFactory.getLogger(NotificationMetrics.class);

    private final MeterRegistry registry;
    private final NotificationRepository repository;
    private final AtomicLong openTasks = new AtomicLong();

    public NotificationMetrics(MeterRegistry registry, NotificationRepository repository) {
        this.registry = registry;
        this.repository = repository;
        // Registered at 0 so dashboards and rate() see every template from the start.
        for (BuyerMessageTemplate template : BuyerMessageTemplate.values()) {
            buyerMessages(template);
        }
        Gauge.builder("refundpilot.agent.tasks.open", openTasks, AtomicLong::get)
                .description("agent tasks still OPEN (refreshed every refundpilot.tasks.open-count-interval)")
                .register(registry);
    }

    void buyerMessageCreated(BuyerMessageTemplate template) {
        buyerMessages(template).increment();
    }

    /**
     * Prometheus exports this counter as {@code refundpilot_agent_tasks_total}: OpenMetrics reserves the
     * {@code _created} suffix, so the exporter drops it. Dashboards must query that name.
     */
    void agentTaskCreated(String ruleId, TaskPriority priority) {
        Counter.builder("refundpilot.agent.tasks.created").tag("rule", ruleId).tag("priority", priority.name())
                .register(registry).increment();
    }

    @Scheduled(initialDelayString = "${refundpilot.tasks.open-count-interval:PT30S}",
            fixedDelayString = "${refundpilot.tasks.open-count-interval:PT30S}")
    public void refreshOpenTasks() {
        try {
            openTasks.set(repository.countTasks(TaskStatus.OPEN));
        } catch (RuntimeException e) {
            log.warn("open agent task count not refreshed: {}", e.toString());
        }
    }

    private Counter buyerMessages(BuyerMessageTemplate template) {
        return Counter.builder("refundpilot.buyer.messages").description("buyer messages rendered and queued")
                .tag("template", template.name()).register(registry);
    }
}
