package com.refundpilot.sandbox.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http.Answer;
import com.refundpilot.sandbox.SandboxIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ErpApiTest extends SandboxIntegrationTest {

    private String order(String fulfilment, String extra) {
        String orderId = unique("O");
        Answer put = http.putJson("/sandbox/erp/orders/" + orderId, """
                {"platform":"TAOBAO","shopId":"shop-1","fulfilment":"%s","weightGrams":620%s}"""
                .formatted(fulfilment, extra));
        assertThat(put.status()).isEqualTo(201);
        return orderId;
    }

    private Answer operate(String orderId, String operation, String requestId) {
        return http.postJson("/erp/api/orders/" + orderId + "/" + operation,
                "{\"requestId\":\"%s\",\"note\":\"退款\"}".formatted(requestId));
    }

    private Answer operate(String orderId, String operation) {
        return operate(orderId, operation, unique("req"));
    }

    private static void assertRefused(Answer answer, String code) {
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
        assertThat(answer.json().get("detail").asString()).isNotBlank();
    }

    private List<String> actionLog(String orderId) {
        List<String> log = new ArrayList<>();
        for (JsonNode entry : http.get("/sandbox/erp/orders/" + orderId + "/actions").json()) {
            log.add(entry.get("action").asString() + (entry.get("ok").asBoolean() ? "" : ":" + entry.get("error").asString()));
        }
        return log;
    }

    @Test
    void anOrderNeitherAllocatedNorAuditedCancelsAtOnce() {
        String orderId = order("NOT_ALLOCATED_NOT_AUDITED", "");

        Answer cancelled = operate(orderId, "cancel");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelled").asBoolean()).isTrue();
        assertThat(http.get("/erp/api/orders/" + orderId).json().get("cancelled").asBoolean()).isTrue();
        assertRefused(operate(orderId, "cancel"), "ALREADY_CANCELLED");
        assertThat(actionLog(orderId)).containsExactly("CANCEL_ORDER", "CANCEL_ORDER:ALREADY_CANCELLED");
    }

    @Test
    void anAuditedOrderCancelsOnlyAfterUnaudit() {
        String orderId = order("NOT_ALLOCATED_AUDITED", "");

        assertRefused(operate(orderId, "cancel"), "INVALID_STATE");
        assertThat(operate(orderId, "unaudit").json().get("fulfilment").asString())
                .isEqualTo("NOT_ALLOCATED_NOT_AUDITED");
        assertThat(operate(orderId, "cancel").status()).isEqualTo(200);
        assertThat(actionLog(orderId)).containsExactly("CANCEL_ORDER:INVALID_STATE", "UNAUDIT", "CANCEL_ORDER");
    }

    @Test
    void anAllocatedOrderIsInterceptedVoidedUnauditedThenCancelled() {
        String orderId = order("ALLOCATED_AUDITED", "");

        assertRefused(operate(orderId, "cancel"), "INVALID_STATE");
        assertRefused(operate(orderId, "void"), "INVALID_STATE"); // not intercepted yet
        Answer intercepted = operate(orderId, "intercept");
        assertThat(intercepted.json().get("interceptedInWarehouse").asBoolean()).isTrue();
        assertThat(intercepted.json().get("interceptNote").asString()).isEqualTo("退款");
        assertThat(operate(orderId, "void").json().get("fulfilment").asString()).isEqualTo("NOT_ALLOCATED_AUDITED");
        assertThat(operate(orderId, "unaudit").status()).isEqualTo(200);
        assertThat(operate(orderId, "cancel").json().get("cancelled").asBoolean()).isTrue();
        assertThat(actionLog(orderId)).containsExactly("CANCEL_ORDER:INVALID_STATE", "VOID:INVALID_STATE",
                "INTERCEPT_IN_WAREHOUSE", "VOID", "UNAUDIT", "CANCEL_ORDER");
    }

    @Test
    void aVoidThatFailsLeavesTheOrderAllocated() {
        String orderId = order("ALLOCATED_AUDITED", ",\"voidFails\":true");
        operate(orderId, "intercept");

        assertRefused(operate(orderId, "void"), "VOID_FAILED");
        assertThat(http.get("/erp/api/orders/" + orderId).json().get("fulfilment").asString())
                .isEqualTo("ALLOCATED_AUDITED");
    }

    @Test
    void aForceShipOrderRefusesEverythingButAFlag() {
        String orderId = order("NOT_ALLOCATED_NOT_AUDITED", ",\"forceShip\":true");

        assertRefused(operate(orderId, "cancel"), "FORCE_SHIP");
        Answer flagged = operate(orderId, "flag");
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.json().get("flags").get(0).asString()).isEqualTo("退款");
        assertThat(flagged.json().get("cancelled").asBoolean()).isFalse();
    }

    @Test
    void aShippedOrderAnswersAlreadyShippedWithItsTracking() {
        for (String shipped : List.of("SHIPPED", "SHIPPED_NOT_SYNCED")) {
            String orderId = order(shipped, ",\"carrier\":\"ZTO\",\"trackingNo\":\"ZT0001\"");

            Answer answer = operate(orderId, "cancel");

            assertRefused(answer, "ALREADY_SHIPPED");
            assertThat(answer.json().get("carrier").asString()).isEqualTo("ZTO");
            assertThat(answer.json().get("trackingNo").asString()).isEqualTo("ZT0001");
            assertThat(operate(orderId, "flag").status()).isEqualTo(200);
        }
    }

    @Test
    void theSameRequestIdGetsTheFirstAnswerAndIsLoggedOnce() {
        String orderId = order("NOT_ALLOCATED_AUDITED", "");

        Answer first = operate(orderId, "cancel", "req-1");
        operate(orderId, "unaudit", "req-2");
        Answer replay = operate(orderId, "cancel", "req-1");

        assertRefused(first, "INVALID_STATE");
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(actionLog(orderId)).containsExactly("CANCEL_ORDER:INVALID_STATE", "UNAUDIT");

        Answer ok = operate(orderId, "cancel", "req-3");
        assertThat(operate(orderId, "cancel", "req-3").json()).isEqualTo(ok.json());
        assertThat(actionLog(orderId)).hasSize(3);
    }

    @Test
    void unknownOrdersAndBadRequestsAreProblems() {
        Answer unknown = http.get("/erp/api/orders/" + unique("NOPE"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(operate(unique("NOPE"), "cancel").status()).isEqualTo(404);

        String orderId = order("NOT_ALLOCATED_NOT_AUDITED", "");
        assertBadField(operate(orderId, "explode"), "operation");
        assertBadField(http.postJson("/erp/api/orders/" + orderId + "/cancel", "{\"note\":\"x\"}"), "requestId");
        assertBadField(http.putJson("/sandbox/erp/orders/" + orderId,
                "{\"shopId\":\"shop-1\",\"fulfilment\":\"LOST_IN_SPACE\"}"), "fulfilment");
        assertThat(actionLog(orderId)).isEmpty();
    }

    private static void assertBadField(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
    }
}
