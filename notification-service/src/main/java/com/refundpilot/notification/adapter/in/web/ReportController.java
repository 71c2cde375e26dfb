package com.refundpilot.notification.adapter.in.web;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.notification.application.report.ReportQueries;
import com.refundpilot.notification.domain.report.DailyReport;
import com.refundpilot.notification.domain.report.SupervisorMessage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RP-3 over HTTP: {@code GET /api/reports/daily?platform=TAOBAO&shopId=shop-1&date=2026-11-11} (a local date in
 * the report's time zone; a day with nothing is a report of zeros) and the supervisor messages. A missing or
 * malformed parameter is 400 problem+json naming it.
 */
@RestController
public class ReportController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ReportQueries queries;

    public ReportController(ReportQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reports/daily")
    public DailyReport daily(@RequestParam(required = false) String platform,
            @RequestParam(required = false) String shopId, @RequestParam(required = false) String date) {
        Platform p = platformOf(required("platform", platform));
        String shop = required("shopId", shopId);
        LocalDate day = dateOf(required("date", date));
        return queries.daily(p, shop, day);
    }

    /** Newest day first; every filter optional. */
    @GetMapping("/api/supervisor-messages")
    public List<SupervisorMessage> supervisorMessages(@RequestParam(required = false) String platform,
            @RequestParam(required = false) String shopId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String limit) {
        return queries.supervisorMessages(platform == null || platform.isBlank() ? null : platformOf(platform),
                QueryParams.blankToNull(shopId), date == null || date.isBlank() ? null : dateOf(date),
                QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badRequest(name, "query parameter " + name + " is required");
        }
        return value.strip();
    }

    private static Platform platformOf(String platform) {
        return QueryParams.enumOf(Platform.class, "platform", platform);
    }

    private LocalDate dateOf(String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badRequest("date", "query parameter date must be a day like 2026-11-11, was '" + date + "'");
        }
        LocalDate today = queries.today();
        if (day.isAfter(today)) {
            throw Problems.badRequest("date", "query parameter date " + day + " is after today (" + today
                    + " in the report's time zone): there is no report yet");
        }
        return day;
    }
}
