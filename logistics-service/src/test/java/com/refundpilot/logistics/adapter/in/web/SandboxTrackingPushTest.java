package com.refundpilot.logistics.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.domain.TrackingReport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class SandboxTrackingPushTest {

    private static Map<String, Object> push() {
        Map<String, Object> body = new HashMap<>();
        body.put("trackingNo", "ZT0001");
        body.put("carrier", "ZTO");
        body.put("event", "INTERCEPT_SUCCEEDED");
        body.put("at", "2026-11-11T02:00:00Z");
        body.put("province", "浙江");
        body.put("city", "杭州");
        return body;
    }

    private static ProblemDetail rejected(Map<String, Object> body) {
        return catchThrowableOfType(ErrorResponseException.class, () -> SandboxTrackingPush.parse(body)).getBody();
    }

    @Test
    void aValidPushBecomesACanonicalReport() {
        assertThat(SandboxTrackingPush.parse(push())).isEqualTo(new TrackingReport("ZT0001", "ZTO",
                TrackingStatus.INTERCEPT_SUCCEEDED, Instant.parse("2026-11-11T02:00:00Z"), "浙江", "杭州"));
    }

    @Test
    void optionalFieldsMayBeMissing() {
        var body = push();
        body.remove("carrier");
        body.put("province", null);
        body.remove("city");
        assertThat(SandboxTrackingPush.parse(body).carrier()).isNull();
    }

    @Test
    void eachProblemNamesItsFieldAndTheFirstAlphabeticallyLeads() {
        var body = push();
        body.remove("trackingNo");
        body.put("event", "TELEPORTED");
        body.put("at", "yesterday");

        ProblemDetail problem = rejected(body);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("field", "at");
        assertThat((List<?>) problem.getProperties().get("errors")).hasSize(3);
        assertThat(problem.getDetail()).startsWith("at: ").contains("event: unknown tracking event 'TELEPORTED'")
                .contains("trackingNo: must not be null");
    }

    @Test
    void aBlankOrNonTextualFieldIsNamed() {
        var blank = push();
        blank.put("trackingNo", " ");
        assertThat(rejected(blank).getProperties()).containsEntry("field", "trackingNo");

        var number = push();
        number.put("at", 1731290400000L);
        assertThat(rejected(number).getDetail()).isEqualTo("at: must be a string");
    }
}
