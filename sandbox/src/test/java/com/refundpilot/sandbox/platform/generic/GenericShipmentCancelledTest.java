package com.refundpilot.sandbox.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The generic protocol's {@code /after-sales/{id}/shipment-cancelled} (v1.1, ADR 0011). */
class GenericShipmentCancelledTest extends GenericTestSupport {

    private Answer report(String id, String key, String cancelledAt, long refundFen) {
        return apiPost("/after-sales/" + id + "/shipment-cancelled", "{\"idempotencyKey\":\"" + key
                + "\",\"cancelledAt\":\"" + cancelledAt + "\",\"refundFen\":" + refundFen + "}");
    }

    @Test
    void aReportIsTakenOnceItsKeyRepeatsTheAnswerAndAnotherKeyIsAlreadyReported() {
        String id = openRefund();

        Answer first = report(id, "k1", "2026-12-01T08:00:00Z", 59900);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("shipmentCancelReported").asBoolean()).isTrue();
        assertThat(first.json().get("status").asString()).as("informational").isEqualTo("WAITING_MERCHANT");
        assertThat(first.json().get("version").asLong()).as("no version taken, none moved").isEqualTo(1);
        Answer repeat = report(id, "k1", "2026-12-01T08:00:00Z", 59900);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(first.json());
        assertRefused(report(id, "k2", "2026-12-01T08:00:00Z", 59900), 409, "ALREADY_REPORTED");
        JsonNode seen = oracle(id);
        assertThat(seen.get("actions").size()).isEqualTo(1);
        assertThat(seen.get("actions").get(0).get("params").get("cancelledAt").asString())
                .isEqualTo("2026-12-01T08:00:00Z");
        assertThat(apiGet("/after-sales/" + id).json().get("shipmentCancelReported").asBoolean()).isTrue();
    }

    @Test
    void badFieldsAndRequestsWithoutAShipmentToCancelAreRefused() {
        String id = openRefund();
        assertRefused(report(id, "k", "yesterday", 59900), 400, "INVALID_FIELD");
        assertThat(report(id, "k", "yesterday", 59900).json().get("field").asString()).isEqualTo("cancelledAt");
        assertThat(report(id, "k", "2026-12-01T08:00:00Z", 0).json().get("field").asString()).isEqualTo("refundFen");
        assertThat(report(id, "k", "2026-12-01T08:00:00Z", 59901).json().get("field").asString())
                .isEqualTo("refundFen");
        String returning = openRefund("RETURN_AND_REFUND", 59900, "PT72H");
        assertRefused(report(returning, "k", "2026-12-01T08:00:00Z", 100), 409, "NOT_ALLOWED");
        assertRefused(report("G-NOPE", "k", "2026-12-01T08:00:00Z", 100), 404, "NOT_FOUND");
        assertThat(oracle(id).get("actions").size()).isZero();
        assertThat(apiGet("/after-sales/" + id).json().get("shipmentCancelReported").asBoolean()).isFalse();
    }
}
