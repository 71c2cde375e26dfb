package com.refundpilot.notification.domain.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of a shop-day or of one SKU in it: counts, counts by name, and the times to refund (seconds; the
 * median needs every value, not a sum). Immutable: {@link #plus} adds an event's share.
 */
public final class Tally {

    public static final Tally EMPTY = new Tally(Map.of(), Map.of(), List.of());

    private final Map<Measure, Long> counts;
    private final Map<Breakdown, Map<String, Long>> breakdowns;
    private final List<Long> refundSeconds;

    private Tally(Map<Measure, Long> counts, Map<Breakdown, Map<String, Long>> breakdowns, List<Long> refundSeconds) {
        EnumMap<Measure, Long> c = new EnumMap<>(Measure.class);
        c.putAll(counts);
        EnumMap<Breakdown, Map<String, Long>> b = new EnumMap<>(Breakdown.class);
        breakdowns.forEach((k, v) -> b.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        this.counts = Collections.unmodifiableMap(c);
        this.breakdowns = Collections.unmodifiableMap(b);
        this.refundSeconds = List.copyOf(refundSeconds);
    }

    public static Tally of(Map<Measure, Long> counts, Map<Breakdown, Map<String, Long>> breakdowns,
            List<Long> refundSeconds) {
        return new Tally(counts, breakdowns, refundSeconds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public long count(Measure measure) {
        return counts.getOrDefault(measure, 0L);
    }

    public Map<Measure, Long> counts() {
        return counts;
    }

    /** Counts by name, sorted by name; empty when nothing was counted. */
    public Map<String, Long> breakdown(Breakdown breakdown) {
        return breakdowns.getOrDefault(breakdown, Map.of());
    }

    public Map<Breakdown, Map<String, Long>> breakdowns() {
        return breakdowns;
    }

    public List<Long> refundSeconds() {
        return refundSeconds;
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(v -> v == 0) && breakdowns.values().stream().allMatch(Map::isEmpty)
                && refundSeconds.isEmpty();
    }

    public Tally plus(Tally other) {
        Map<Measure, Long> c = new EnumMap<>(Measure.class);
        c.putAll(counts);
        other.counts.forEach((k, v) -> c.merge(k, v, Long::sum));
        Map<Breakdown, Map<String, Long>> b = new EnumMap<>(Breakdown.class);
        breakdowns.forEach((k, v) -> b.put(k, new TreeMap<>(v)));
        other.breakdowns.forEach((k, v) -> v.forEach((name, n) -> b.computeIfAbsent(k, x -> new TreeMap<>())
                .merge(name, n, Long::sum)));
        List<Long> seconds = new ArrayList<>(refundSeconds);
        seconds.addAll(other.refundSeconds);
        return new Tally(c, b, seconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && counts.equals(t.counts) && breakdowns.equals(t.breakdowns)
                && refundSeconds.equals(t.refundSeconds);
    }

    @Override
    public int hashCode() {
        return counts.hashCode() * 31 + breakdowns.hashCode();
    }

    @Override
    public String toString() {
        return "Tally" + counts + breakdowns + refundSeconds;
    }

    /** Collects one event's share. */
    public static final class Builder {
        private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        private final Map<Breakdown, Map<String, Long>> breakdowns = new EnumMap<>(Breakdown.class);
        private final List<Long> refundSeconds = new ArrayList<>();

        public Builder add(Measure measure, long value) {
            if (value != 0) {
                counts.merge(measure, value, Long::sum);
            }
            return this;
        }

        public Builder one(Measure measure) {
            return add(measure, 1);
        }

        public Builder by(Breakdown breakdown, String name) {
            breakdowns.computeIfAbsent(breakdown, k -> new TreeMap<>()).merge(name, 1L, Long::sum);
            return this;
        }

        public Builder refundTime(Duration duration) {
            refundSeconds.add(Math.max(0, duration.getSeconds()));
            return this;
        }

        public Tally build() {
            return new Tally(counts, breakdowns, refundSeconds);
        }
    }
}
