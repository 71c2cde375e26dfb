package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.ReportFigure;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where each {@link ReportFigure} is in notification-service's DailyReport JSON ({@code GET /api/reports/daily}):
 * a field of its {@code shop} object (the whole shop's figures; {@code skus} holds the same per SKU).
 */
final class DailyReportFields {

    private DailyReportFields() {
    }

    /** The field's path under {@code shop}, e.g. {@code [refunds, amountFen]}. */
    static List<String> path(ReportFigure figure) {
        return switch (figure) {
            case REQUESTS -> List.of("requests", "count");
            case REQUESTED_FEN -> List.of("requests", "amountFen");
            case REFUNDS -> List.of("refunds", "count");
            case REFUNDED_FEN -> List.of("refunds", "amountFen");
            case AUTO_APPROVED -> List.of("refunds", "autoApproved");
            case AUTO_APPROVAL_RATE -> List.of("refunds", "autoApprovalRate");
            case MEDIAN_TIME_TO_REFUND -> List.of("refunds", "medianTimeToRefundSeconds");
            case PLATFORM_AUTO_REFUNDS -> List.of("platformAutoRefunds", "count");
            case PLATFORM_AUTO_REFUNDED_FEN -> List.of("platformAutoRefunds", "amountFen");
            case LOSSES -> List.of("losses", "count");
            case LOSS_FEN -> List.of("losses", "amountFen");
            case INTERCEPTS_REQUESTED -> List.of("intercepts", "requested");
            case INTERCEPTS_SUCCEEDED -> List.of("intercepts", "succeeded");
            case INTERCEPTS_FAILED -> List.of("intercepts", "failed");
            case INTERCEPT_SUCCESS_RATE -> List.of("intercepts", "successRate");
            case CLAIMS_FILED -> List.of("claims", "filed");
            case CLAIMS_COMPENSATED -> List.of("claims", "compensated");
            case CLAIMS_COMPENSATED_FEN -> List.of("claims", "compensatedFen");
            case CLAIMS_REJECTED -> List.of("claims", "rejected");
            case CLAIMS_OPEN -> List.of("claims", "open");
        };
    }

    /** "shop.refunds.amountFen". */
    static String field(ReportFigure figure) {
        return "shop." + String.join(".", path(figure));
    }

    /**
     * Every figure of a report ({@code report} is the whole DailyReport): Long for counts and fen, Double for rates,
     * Duration for the median; a figure whose field is null or missing is left out. A field that is there but not a
     * number is an error naming it.
     */
    static Map<ReportFigure, Object> read(JsonNode report) {
        Map<ReportFigure, Object> figures = new EnumMap<>(ReportFigure.class);
        JsonNode shop = report.path("shop");
        for (ReportFigure figure : ReportFigure.values()) {
            JsonNode n = shop;
            for (String name : path(figure)) {
                n = n.path(name);
            }
            if (n.isMissingNode() || n.isNull()) {
                continue;
            }
            if (!n.isNumber()) {
                throw new IllegalArgumentException(field(figure) + " is not a number: " + n);
            }
            Object value = switch (figure.kind()) {
                case COUNT, FEN -> n.asLong();
                case RATE -> n.asDouble();
                case DURATION -> Duration.ofSeconds(n.asLong());
            };
            figures.put(figure, value);
        }
        return figures;
    }
}
