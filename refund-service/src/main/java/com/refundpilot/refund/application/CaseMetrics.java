package com.refundpilot.refund.application;

import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The business metrics of the dashboards: cases by outcome and rule, refund amounts, time to refund,
 * deadline margin left at each decision, and auto-refunds by platform (which must stay 0).
 */
@Component
public class CaseMetrics {

    private final MeterRegistry registry;

    public CaseMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered at 0 so that the first auto-refund is an increase an alert can see.
        for (Platform platform : Platform.values()) {
            autoRefunds(platform);
        }
    }

    void record(List<Message> emitted, Instant now, Instant deadline) {
        for (Message message : emitted) {
            if (message instanceof CaseDecided decided) {
                Counter.builder("refundpilot.decisions").tag("rule", decided.ruleId()).register(registry).increment();
                if (deadline != null) {
                    DistributionSummary.builder("refundpilot.decision.margin.hours")
                            .description("hours left before the platform deadline when a rule decided")
                            .register(registry).record(Duration.between(now, deadline).toMinutes() / 60.0);
                }
            } else if (message instanceof CaseClosed closed) {
                closedCase(closed);
            }
        }
    }

    private void closedCase(CaseClosed closed) {
        Counter.builder("refundpilot.cases.closed").tag("outcome", closed.outcome().name())
                .tag("rule", closed.ruleId() == null ? "NONE" : closed.ruleId()).register(registry).increment();
        if (closed.outcome() == CaseOutcome.REFUNDED) {
            DistributionSummary.builder("refundpilot.refund.amount.fen").baseUnit("fen").register(registry)
                    .record(closed.refundedFen());
            Timer.builder("refundpilot.time.to.refund").register(registry).record(closed.timeToClose());
        } else if (closed.outcome() == CaseOutcome.AUTO_REFUNDED_BY_PLATFORM) {
            autoRefunds(closed.order().platform()).increment();
        }
    }

    private Counter autoRefunds(Platform platform) {
        return Counter.builder("refundpilot.platform.auto.refunds")
                .description("cases the platform refunded by itself because no decision came in time")
                .tag("platform", platform.name()).register(registry);
    }

    static OrderRef orderOf(Message message) {
        return message.order();
    }
}
