package com.refundpilot.warehouse.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.erp.*}: where the merchant's ERP is ({@code base-url}, by default the sandbox) and how
 * long one HTTP attempt may take to connect and to answer ({@code timeout}). Retries and the circuit breaker
 * are resilience4j's instance {@code erp}.
 */
@ConfigurationProperties("refundpilot.erp")
public record ErpProperties(String baseUrl, Duration timeout) {

    public ErpProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("refundpilot.erp.base-url is required");
        }
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }
}
