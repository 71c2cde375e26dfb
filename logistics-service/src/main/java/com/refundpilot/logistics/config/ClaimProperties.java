package com.refundpilot.logistics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.claims.*}: claims up to {@code auto-approve-up-to-fen} (default 100000 = ¥1000) are approved by
 * policy, larger ones wait for finance, whose task is due {@code finance-task-due} after filing (default 24 h); an
 * approved claim the courier could not be reached for is submitted again {@code submit-retry} later (default 10 min).
 */
@ConfigurationProperties("refundpilot.claims")
public record ClaimProperties(Long autoApproveUpToFen, Duration financeTaskDue, Duration submitRetry) {

    public ClaimProperties {
        autoApproveUpToFen = autoApproveUpToFen == null ? 100_000L : autoApproveUpToFen;
        financeTaskDue = financeTaskDue == null ? Duration.ofHours(24) : financeTaskDue;
        submitRetry = submitRetry == null ? Duration.ofMinutes(10) : submitRetry;
    }
}
