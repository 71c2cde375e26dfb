package com.refundpilot.sandbox.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /sandbox/faults makes an open API fail a seeded fraction of its calls, and answer late; DELETE ends it. */
class FaultInjectionTest extends SandboxIntegrationTest {

    @AfterEach
    void clearFaults() {
        assertThat(http.delete("/sandbox/faults").status()).isEqualTo(204);
    }

    private List<Integer> twentyErpReads() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(http.get("/erp/api/orders/" + unique("NONE")).status());
        }
        return statuses;
    }

    @Test
    void halfTheErpCallsFailInTheSameSeededPatternEveryTime() {
        Answer set = http.postJson("/sandbox/faults", "{\"target\":\"erp\",\"failRate\":0.5,\"seed\":42}");
        assertThat(set.status()).isEqualTo(200);
        List<Integer> first = twentyErpReads();

        http.postJson("/sandbox/faults", "{\"target\":\"erp\",\"failRate\":0.5,\"seed\":42}");
        List<Integer> again = twentyErpReads();

        assertThat(first).containsOnly(503, 404).contains(503, 404);
        assertThat(again).isEqualTo(first);
        long failed = first.stream().filter(s -> s == 503).count();
        var erp = http.get("/sandbox/faults").json().get("faults").get(0);
        assertThat(erp.get("target").asString()).isEqualTo("erp");
        assertThat(erp.get("calls").asLong()).isEqualTo(20);
        assertThat(erp.get("failed").asLong()).isEqualTo(failed);
    }

    @Test
    void onlyTheChosenOpenApiFailsAndClearingItEndsTheOutage() {
        http.postJson("/sandbox/faults", "{\"target\":\"courier\",\"failRate\":1}");

        assertThat(http.get("/erp/api/orders/" + unique("NONE")).status()).isEqualTo(404);
        assertThat(http.postJson("/courier/api/shipments/" + unique("SF") + "/intercept", "{\"requestId\":\"r\"}")
                .status()).isEqualTo(503);
        assertThat(http.get("/sandbox/faults").status()).as("control endpoints never fail").isEqualTo(200);

        assertThat(http.delete("/sandbox/faults/courier").status()).isEqualTo(204);
        assertThat(http.postJson("/courier/api/shipments/" + unique("SF") + "/intercept", "{\"requestId\":\"r\"}")
                .status()).isNotEqualTo(503);
    }

    @Test
    void aSlowApiAnswersAfterItsDelay() {
        http.postJson("/sandbox/faults", "{\"target\":\"erp\",\"delay\":\"PT0.1S\"}");

        long started = System.nanoTime();
        Answer read = http.get("/erp/api/orders/" + unique("NONE"));

        assertThat(read.status()).isEqualTo(404);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(100_000_000L);
    }

    @Test
    void aRateOutsideZeroToOneOrAnUnknownTargetIsRefusedNamingTheField() {
        Answer rate = http.postJson("/sandbox/faults", "{\"target\":\"erp\",\"failRate\":1.5}");
        Answer target = http.postJson("/sandbox/faults", "{\"target\":\"fedex\",\"failRate\":0.5}");

        assertThat(rate.status()).isEqualTo(400);
        assertThat(rate.json().toString()).contains("failRate");
        assertThat(target.status()).isEqualTo(400);
        assertThat(target.json().toString()).contains("target");
    }
}
