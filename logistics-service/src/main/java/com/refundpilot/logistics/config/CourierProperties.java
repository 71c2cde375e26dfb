package com.refundpilot.logistics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code refundpilot.courier.*}: where the courier's open API is ({@code base-url}, by default the sandbox)
 * and how long one HTTP attempt may take to connect and to answer ({@code timeout}). Retries and the circuit
 * breaker are resilience4j's instance {@code courier}.
 */
@ConfigurationProperties("refundpilot.courier")
public record CourierProperties(String baseUrl, Duration timeout) {

    public CourierProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("refundpilot.courier.base-url is required");
        }
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }
}
