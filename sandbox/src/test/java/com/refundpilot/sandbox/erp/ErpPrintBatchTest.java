package com.refundpilot.sandbox.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The morning label-print batch (NS-CUTOFF): when the clock reaches a shop's batch time, its open orders are
 * allocated, audited and printed — decided by clock readings alone, applied before any read.
 */
class ErpPrintBatchTest extends SandboxIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ErpOrders orders;

    /** Sets the shop's batch to a whole minute a little ahead of the shared clock; answers that instant. */
    private Instant batchSoon(String shopId) {
        ZonedDateTime at = CLOCK.instant().atZone(SHANGHAI).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
        Answer put = http.putJson("/sandbox/erp/shops/" + shopId + "/print-batch",
                "{\"at\":\"" + at.format(DateTimeFormatter.ofPattern("HH:mm")) + "\"}");
        assertThat(put.status()).isEqualTo(200);
        return at.toInstant();
    }

    private static void advanceTo(Instant instant) {
        CLOCK.advance(Duration.between(CLOCK.instant(), instant));
    }

    private String order(String shopId, String fulfilment, String extra) {
        String orderId = unique("P");
        Answer put = http.putJson("/sandbox/erp/orders/" + orderId, """
                {"shopId":"%s","fulfilment":"%s"%s}""".formatted(shopId, fulfilment, extra));
        assertThat(put.status()).as(put.json().toString()).isEqualTo(201);
        return orderId;
    }

    private JsonNode view(String orderId) {
        return http.get("/erp/api/orders/" + orderId).json();
    }

    private List<List<String>> runs(String shopId) {
        List<List<String>> runs = new ArrayList<>();
        for (JsonNode run : http.get("/sandbox/erp/shops/" + shopId + "/print-batches").json()) {
            List<String> printed = new ArrayList<>();
            run.get("printed").forEach(id -> printed.add(id.asString()));
            runs.add(printed);
        }
        return runs;
    }

    private Answer operate(String orderId, String operation) {
        return http.postJson("/erp/api/orders/" + orderId + "/" + operation,
                "{\"requestId\":\"%s\",\"note\":\"退款\"}".formatted(unique("req")));
    }

    @Test
    void aShopBatchesAtNineShanghaiTimeUnlessToldOtherwise() {
        String shop = unique("shop");
        order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");

        JsonNode batch = http.get("/sandbox/erp/shops/" + shop + "/print-batch").json();

        assertThat(batch.get("at").asString()).isEqualTo("09:00");
        assertThat(batch.get("zone").asString()).isEqualTo("Asia/Shanghai");
        Instant next = Instant.parse(batch.get("nextBatchAt").asString());
        assertThat(next.atZone(SHANGHAI).toLocalTime().toString()).isEqualTo("09:00");
        assertThat(next).isAfter(CLOCK.instant()).isBefore(CLOCK.instant().plus(Duration.ofHours(24)));
    }

    @Test
    void theBatchPrintsOpenOrdersWhenTheClockReachesItNotBefore() {
        String shop = unique("shop");
        Instant batch = batchSoon(shop);
        String open = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
        String audited = order(shop, "NOT_ALLOCATED_AUDITED", "");
        String cancelled = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
        assertThat(operate(cancelled, "cancel").status()).isEqualTo(200);
        String shipped = order(shop, "SHIPPED", ",\"carrier\":\"ZTO\",\"trackingNo\":\"ZT-PB\"");
        String held = order(shop, "ALLOCATED_AUDITED", "");
        assertThat(operate(held, "intercept").status()).isEqualTo(200);

        advanceTo(batch.minusSeconds(1));
        assertThat(view(open).get("labelPrinted").asBoolean()).isFalse();
        assertThat(view(open).get("fulfilment").asString()).isEqualTo("NOT_ALLOCATED_NOT_AUDITED");
        assertThat(runs(shop)).isEmpty();

        advanceTo(batch);
        for (String printed : List.of(open, audited)) {
            assertThat(view(printed).get("fulfilment").asString()).isEqualTo("ALLOCATED_AUDITED");
            assertThat(view(printed).get("labelPrinted").asBoolean()).isTrue();
        }
        assertThat(view(cancelled).get("labelPrinted").asBoolean()).isFalse();
        assertThat(view(shipped).get("fulfilment").asString()).isEqualTo("SHIPPED");
        assertThat(view(shipped).get("labelPrinted").asBoolean()).isFalse();
        assertThat(view(held).get("labelPrinted").asBoolean()).isFalse();
        assertThat(runs(shop)).containsExactly(List.of(open, audited).stream().sorted().toList());
        JsonNode run = http.get("/sandbox/erp/shops/" + shop + "/print-batches").json().get(0);
        assertThat(Instant.parse(run.get("at").asString())).isEqualTo(batch);

        // An order arriving after the batch waits for tomorrow's; a later look runs nothing new today.
        advanceTo(batch.plusSeconds(60));
        String late = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
        assertThat(view(late).get("labelPrinted").asBoolean()).isFalse();
        assertThat(runs(shop)).hasSize(1);
        // The batch is the warehouse's own work, not an operation the merchant asked for.
        assertThat(http.get("/sandbox/erp/orders/" + open + "/actions").json()).isEmpty();
    }

    @Test
    void anOrderCreatedExactlyAtTheBatchTimeMissesItAndTheNextDayPrintsIt() {
        String shop = unique("shop");
        Instant batch = batchSoon(shop);
        advanceTo(batch);
        String atCutoff = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");

        assertThat(view(atCutoff).get("labelPrinted").asBoolean()).isFalse();

        advanceTo(batch.plus(Duration.ofDays(1)));
        assertThat(view(atCutoff).get("labelPrinted").asBoolean()).isTrue();
        assertThat(runs(shop)).containsExactly(List.of(atCutoff));
    }

    @Test
    void aBackwardsJumpNeverPrintsAndTheHistoryRestartsFromThere() {
        String shop = unique("shop");
        Instant batch = batchSoon(shop);
        String first = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
        Instant started = CLOCK.instant();
        try {
            advanceTo(batch.minus(Duration.ofDays(1)).minusSeconds(30)); // yesterday, before yesterday's batch
            String second = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
            assertThat(view(first).get("labelPrinted").asBoolean()).isFalse();
            assertThat(runs(shop)).isEmpty();

            // From the earlier time on, the shop's days count again: yesterday's batch prints both.
            advanceTo(batch.minus(Duration.ofDays(1)));
            assertThat(view(first).get("labelPrinted").asBoolean()).isTrue();
            assertThat(view(second).get("labelPrinted").asBoolean()).isTrue();
            assertThat(runs(shop)).containsExactly(List.of(first, second).stream().sorted().toList());
        } finally {
            advanceTo(started);
        }
        // Back where the test began (the jump forward is just a later reading): today's batch is still ahead.
        assertThat(runs(shop)).hasSize(1);
    }

    @Test
    void theSweeperPrintsWithoutAnyoneAsking() {
        String shop = unique("shop");
        Instant batch = batchSoon(shop);
        String orderId = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
        ErpOrder order = orders.get(orderId);

        advanceTo(batch);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> order.view().labelPrinted());
    }

    @Test
    void aPrintedOrderRefusesCancelAndUnauditButTheNs3PathStillWorks() {
        String orderId = order(unique("shop"), "ALLOCATED_AUDITED", ",\"labelPrinted\":true");

        assertRefused(operate(orderId, "cancel"), "LABEL_PRINTED");
        assertRefused(operate(orderId, "unaudit"), "LABEL_PRINTED");
        assertThat(operate(orderId, "intercept").status()).isEqualTo(200);
        Answer voided = operate(orderId, "void");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().get("labelPrinted").asBoolean()).isFalse();
        assertThat(operate(orderId, "unaudit").status()).isEqualTo(200);
        assertThat(operate(orderId, "cancel").json().get("cancelled").asBoolean()).isTrue();
    }

    @Test
    void aBatchPrintedOrderAnswersLabelPrintedToTheNs1Cancel() {
        String shop = unique("shop");
        Instant batch = batchSoon(shop);
        String orderId = order(shop, "NOT_ALLOCATED_NOT_AUDITED", "");
        advanceTo(batch);

        assertRefused(operate(orderId, "cancel"), "LABEL_PRINTED");
    }

    @Test
    void badPrintBatchSettingsAndUnknownShopsAreProblems() {
        String shop = unique("shop");
        for (String bad : List.of("{\"at\":\"9:00\"}", "{\"at\":\"24:00\"}", "{\"at\":\"nine\"}", "{}")) {
            Answer answer = http.putJson("/sandbox/erp/shops/" + shop + "/print-batch", bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("field").asString()).isEqualTo("at");
        }
        Answer unknown = http.get("/sandbox/erp/shops/" + unique("nope") + "/print-batches");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    private static void assertRefused(Answer answer, String code) {
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
        assertThat(answer.json().get("detail").asString()).isNotBlank();
    }
}
