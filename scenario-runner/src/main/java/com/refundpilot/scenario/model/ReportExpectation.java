package com.refundpilot.scenario.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the RP-3 daily report of one shop must show at the end of the story: {@code expect: {report: {...}}}, this
 * project's extension of the format (at the top level of {@code expect} only: the report is per shop, not per case).
 * Only the figures given are checked.
 *
 * @param date the report's local date (Asia/Shanghai), or null for the local date of the scenario's start
 * @param shopId the shop (the scenario's own ID), never null: the only shop when the file names none
 * @param platform the platform the report is read for: the shop's orders' unless the file names one
 * @param figures expected figures: a {@link Long} for counts and fen, a {@link Double} for rates, a
 *     {@link Duration} for durations
 * @param supervisorMessage whether a supervisor message exists for the shop and date, or null (not checked)
 */
public record ReportExpectation(LocalDate date, String shopId, Platform platform, Map<ReportFigure, Object> figures,
        Boolean supervisorMessage) {

    /** Rates match when they differ by at most this much. */
    public static final double RATE_TOLERANCE = 0.001;

    /** Its key in {@code expect}. */
    public static final String KEY = "report";

    /** The keys a report block may hold: which report, then the figures, then the supervisor message. */
    public static final List<String> KEYS = Stream.of(Stream.of("date", "shopId", "platform"),
            ReportFigure.keys().stream(), Stream.of("supervisorMessage")).flatMap(s -> s).toList();

    public ReportExpectation {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(platform, "platform");
        EnumMap<ReportFigure, Object> copy = new EnumMap<>(ReportFigure.class);
        figures.forEach((figure, value) -> copy.put(figure, checked(figure, value)));
        figures = Collections.unmodifiableMap(copy);
    }

    private static Object checked(ReportFigure figure, Object value) {
        Objects.requireNonNull(value, figure.key());
        Class<?> type = switch (figure.kind()) {
            case COUNT, FEN -> Long.class;
            case RATE -> Double.class;
            case DURATION -> Duration.class;
        };
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(figure.key() + ": expected a " + type.getSimpleName() + ", got " + value);
        }
        return value;
    }
}
