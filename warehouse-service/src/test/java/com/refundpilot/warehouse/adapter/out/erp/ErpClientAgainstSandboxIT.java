package com.refundpilot.warehouse.adapter.out.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.sandbox.SandboxApplication;
import com.refundpilot.warehouse.config.ErpProperties;
import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.ErpOrderSnapshot;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.ReplacementResult;
import com.refundpilot.warehouse.domain.StepResult;
import com.refundpilot.warehouse.domain.StopOutcome;
import com.refundpilot.warehouse.domain.StopSequence;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The ERP client against the REAL sandbox ERP over HTTP (a contract test of both sides of the ERP protocol,
 * which the Kafka ITs play with a fake): the new order fields, the morning label batch on a virtual clock,
 * LABEL_PRINTED, and reship.
 */
class ErpClientAgainstSandboxIT {

    /** 2026-11-11 10:00 in Shanghai; the next batch at the default 09:00 is 2026-11-12T01:00Z. */
    private static final VirtualClock CLOCK = new VirtualClock(Instant.parse("2026-11-11T02:00:00Z"));

    private static ConfigurableApplicationContext sandbox;
    private static RestClient control;
    private static ErpHttpClient client;

    @BeforeAll
    static void startSandbox() {
        sandbox = new SpringApplicationBuilder(SandboxApplication.class)
                .properties("spring.config.name=" + SandboxApplication.CONFIG_NAME)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", CLOCK))
                // the service kit is on this classpath, but the sandbox is not one of our services
                .run("--server.port=0", "--refundpilot.kit.enabled=false");
        String baseUrl = "http://localhost:" + sandbox.getEnvironment().getProperty("local.server.port");
        control = RestClient.create(baseUrl);
        client = new ErpHttpClient(RestClient.builder(), new ErpProperties(baseUrl, Duration.ofSeconds(3)),
                RetryRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults());
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String order(String json) {
        String orderId = unique("C");
        control.put().uri("/sandbox/erp/orders/{id}", orderId).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toBodilessEntity();
        return orderId;
    }

    private static ErpOrderSnapshot read(String orderId) {
        return ((OrderRead.Found) client.readOrder(orderId)).order();
    }

    @Test
    void theClientReadsTheLabelTheWeightTheConsigneeAndTheItem() {
        String orderId = order("""
                {"shopId":"%s","fulfilment":"NOT_ALLOCATED_AUDITED","weightGrams":310,
                 "consignee":{"province":"西藏","city":"拉萨"},
                 "item":{"sku":"CAKE-8","style":"定制蛋糕","size":"8寸","customMade":true,"perishable":true}}"""
                .formatted(unique("shop")));

        ErpOrderSnapshot order = read(orderId);

        assertThat(order.state()).isEqualTo(FulfilmentState.NOT_ALLOCATED_AUDITED);
        assertThat(order.labelPrinted()).isFalse();
        assertThat(order.weightGrams()).isEqualTo(310);
        assertThat(order.destination()).isEqualTo(new Address("西藏", "拉萨"));
        assertThat(order.item()).isEqualTo(new ItemAttributes("CAKE-8", "定制蛋糕", null, "8寸", true, true, false));
    }

    @Test
    void afterTheMorningBatchTheCancelIsRefusedLabelPrintedAndTheNs3StepsStillStopTheOrder() {
        String orderId = order("{\"shopId\":\"%s\",\"fulfilment\":\"NOT_ALLOCATED_NOT_AUDITED\"}"
                .formatted(unique("shop")));
        CLOCK.set(Instant.parse("2026-11-12T01:00:00Z")); // the shop's first 09:00 batch

        ErpOrderSnapshot printed = read(orderId);
        StepResult cancel = client.perform(orderId, ErpOperation.CANCEL, unique("req"), "退款");
        StopOutcome ns3 = StopSequence.run(unique("cmd"), List.of(WarehouseAction.INTERCEPT_IN_WAREHOUSE,
                WarehouseAction.VOID, WarehouseAction.UNAUDIT, WarehouseAction.CANCEL_ORDER),
                (operation, requestId) -> client.perform(orderId, operation, requestId, "退款"));

        assertThat(printed.state()).isEqualTo(FulfilmentState.ALLOCATED_AUDITED);
        assertThat(printed.labelPrinted()).isTrue();
        assertThat(cancel).isInstanceOf(StepResult.Refused.class);
        assertThat(((StepResult.Refused) cancel).code()).isEqualTo("LABEL_PRINTED");
        assertThat(ns3.stopped()).as(String.valueOf(ns3)).isTrue();
        assertThat(read(orderId).cancelled()).isTrue();
    }

    @Test
    void aReshipComesBackWithTheNewParcelTheCourierKnowsAndOnlyOnce() {
        String orderId = order("""
                {"shopId":"%s","fulfilment":"SHIPPED","carrier":"ZTO","trackingNo":"%s",
                 "item":{"sku":"SHOE-BLK-42"}}""".formatted(unique("shop"), unique("ZT")));
        String requestId = unique("cmd") + ":RESHIP";

        ReplacementResult first = client.shipReplacement(orderId, WarehouseAction.RESHIP, requestId, null, 1, "补寄");
        ReplacementResult again = client.shipReplacement(orderId, WarehouseAction.RESHIP, requestId, null, 1, "补寄");
        ReplacementResult exchange = client.shipReplacement(orderId, WarehouseAction.SHIP_EXCHANGE, unique("cmd"),
                "SHOE-BLK-43", 1, "换货");

        assertThat(first).isEqualTo(new ReplacementResult.Shipped("ZTO", orderId + "-RS1"));
        assertThat(again).isEqualTo(first);
        assertThat(exchange).isEqualTo(new ReplacementResult.Shipped("ZTO", orderId + "-EX1"));
        HttpStatusCode atCourier = control.get().uri("/courier/api/shipments/{no}", orderId + "-RS1")
                .retrieve().toBodilessEntity().getStatusCode();
        assertThat(atCourier.value()).isEqualTo(200);

        String notShipped = order("{\"shopId\":\"shop-c\",\"fulfilment\":\"ALLOCATED_AUDITED\"}");
        assertThat(client.shipReplacement(notShipped, WarehouseAction.RESHIP, unique("cmd"), "SKU", 1, null))
                .isInstanceOfSatisfying(ReplacementResult.Refused.class,
                        refused -> assertThat(refused.code()).isEqualTo("INVALID_STATE"));
    }
}
