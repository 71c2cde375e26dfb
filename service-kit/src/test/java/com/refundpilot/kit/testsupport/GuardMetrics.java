package com.refundpilot.kit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.client.RestClient;

/** What /actuator/prometheus shows of the resilience4j guards (GuardedHttp) of a running service. */
public final class GuardMetrics {

    /** One series per guard that exists from the start, before any call, for each instance. */
    public static final List<String> SERIES = List.of("resilience4j_circuitbreaker_state",
            "resilience4j_circuitbreaker_calls_seconds_count", "resilience4j_retry_calls_total",
            "resilience4j_ratelimiter_available_permissions", "resilience4j_timelimiter_calls_total");

    /** The same meters by their Micrometer names. */
    public static final List<String> METERS = List.of("resilience4j.circuitbreaker.state",
            "resilience4j.circuitbreaker.calls", "resilience4j.retry.calls",
            "resilience4j.ratelimiter.available.permissions", "resilience4j.timelimiter.calls");

    private GuardMetrics() {
    }

    public static String scrape(int port) {
        return RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus").retrieve()
                .body(String.class);
    }

    /** Asserts that every guard series is exported for every instance named. */
    public static void assertExportedFor(String scrape, String... instances) {
        for (String instance : instances) {
            for (String series : SERIES) {
                assertThat(Pattern.compile("(?m)^" + series + "\\{[^}]*name=\"" + Pattern.quote(instance) + "\"")
                        .matcher(scrape).find()).as("%s for instance %s", series, instance).isTrue();
            }
        }
    }

    /** Asserts that every guard meter is bound in the registry for every instance named. */
    public static void assertBoundFor(MeterRegistry registry, String... instances) {
        for (String instance : instances) {
            for (String meter : METERS) {
                assertThat(registry.find(meter).tag("name", instance).meters()).as("%s for instance %s", meter, instance)
                        .isNotEmpty();
            }
        }
    }
}
