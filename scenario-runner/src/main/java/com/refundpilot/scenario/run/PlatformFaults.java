package com.refundpilot.scenario.run;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A platform outage to play scenarios under: every platform's open API (the sandbox's {@code POST /sandbox/faults},
 * targets {@link #TARGETS}) answers {@code failRate} of the merchant's calls 503 without acting, and every call
 * waits {@code delay} first. Which calls fail follows the seed (and the scenario), so a failing run can be replayed.
 */
public record PlatformFaults(double failRate, Duration delay, long seed) {

    /** The sandbox's fault targets that are platform open APIs (Tmall shares Taobao's TOP router). */
    static final List<String> TARGETS = List.of("taobao", "pinduoduo", "douyin", "wechat-channels", "jd", "generic");

    /** The outage: half the calls fail, every call is slow. */
    public static final PlatformFaults HALF_FAILING_SLOW = new PlatformFaults(0.5, Duration.ofMillis(300), 1);

    public PlatformFaults {
        if (failRate < 0 || failRate >= 1) {
            throw new IllegalArgumentException("failRate must be at least 0 and below 1 (a platform that never "
                    + "answers loses everything by design), was " + failRate);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
    }

    /** {@code 0.5} or {@code 0.5,PT0.3S} (fail rate, then the delay of every call; default no delay). */
    public static PlatformFaults parse(String spec) {
        String[] parts = spec.split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected FAIL_RATE[,DELAY], e.g. 0.5,PT0.3S, was " + spec);
        }
        double failRate;
        try {
            failRate = Double.parseDouble(parts[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the fail rate must be a number between 0 and 1, was " + parts[0]);
        }
        Duration delay = Duration.ZERO;
        if (parts.length == 2) {
            try {
                delay = Duration.parse(parts[1].trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the delay must be an ISO-8601 duration such as PT0.3S, was "
                        + parts[1]);
            }
        }
        return new PlatformFaults(failRate, delay, 1);
    }

    /** The dice of one scenario: the same scenario meets the same failures on every run. */
    long seedFor(String scenarioName) {
        return seed * 31 + scenarioName.hashCode();
    }

    @Override
    public String toString() {
        return Math.round(failRate * 100) + "% of platform calls failing, each answered after " + delay;
    }
}
