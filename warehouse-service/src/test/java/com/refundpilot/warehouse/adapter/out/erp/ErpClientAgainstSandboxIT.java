package com.refundpilot.warehouse.adapter.out.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.FulfilmentState;
import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.contracts.vocabulary.ItemAttributes;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.kit.time.VirtualClock;
import com.refundpilot.sandbox.SandboxApplication;
import com.refundpilot.warehouse.config.ErpProperties;
import com.refundpilot.warehouse.domain.ErpOperation;
import com.refundpilot.warehouse.domain.ErpOrderSnapshot;
import com.refundpilot.warehouse.domain.InspectionReport;
import com.refundpilot.warehouse.domain.OrderRead;
import com.refundpilot.warehouse.domain.RecordResult;
import com.refundpilot.warehouse.domain.ReplacementResult;
import com.refundpilot.warehouse.domain.StepResult;
import com.refundpilot.warehouse.domain.StopOutcome;
import com.refundpilot.warehouse.domain.StopSequence;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ERP client against the REAL sandbox ERP over HTTP (a contract test of both sides of the ERP protocol,
 * which the Kafka ITs play with a fake): the new order fields, the morning label batch on a virtual clock,
 * LABEL_PRINTED, reship, the records of returns and weights, and wrong goods sent back.
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
                PeerGuards.ofDefaults());
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

    @Test
    void returnsAndWeightsAreRecordedOncePerRequestIdAndWrongGoodsGoBackAsANewParcel() {
        String orderId = order("""
                {"shopId":"%s","fulfilment":"SHIPPED","carrier":"YTO","trackingNo":"%s",
                 "consignee":{"province":"浙江","city":"杭州"},"item":{"sku":"SHOE-BLK-42"}}"""
                .formatted(unique("shop"), unique("YT")));
        String waybill = unique("SF");
        String returnWrongGoods = unique("cmd") + ":RETURN_WRONG_GOODS";
        var report = new InspectionReport(InspectionResult.WRONG_ITEM, 1, List.of("https://img.example/w.jpg"),
                "不是本店商品", "李质检");

        ReplacementResult tooEarly = client.shipReplacement(orderId, WarehouseAction.RETURN_WRONG_GOODS, unique("cmd"),
                null, 1, null);
        RecordResult arrival = client.recordArrival(orderId, waybill, "C1:" + waybill + ":ARRIVAL", "C1", "王仓管");
        RecordResult replayed = client.recordArrival(orderId, waybill, "C1:" + waybill + ":ARRIVAL", "C1", "王仓管");
        RecordResult secondArrival = client.recordArrival(orderId, waybill, "C2:" + waybill + ":ARRIVAL", "C2", null);
        RecordResult inspection = client.recordInspection(orderId, waybill, "C1:" + waybill + ":INSPECTION", "C1",
                report, 1);
        RecordResult weight = client.recordWeight(orderId, unique("weight"), "C1", null, 310, 620);
        ReplacementResult sentBack = client.shipReplacement(orderId, WarehouseAction.RETURN_WRONG_GOODS,
                returnWrongGoods, null, 1, "退回错寄商品");
        RecordResult unknownOrder = client.recordArrival(unique("NOPE"), waybill, unique("req"), "C1", null);

        assertThat(tooEarly).isInstanceOfSatisfying(ReplacementResult.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("INVALID_STATE"));
        assertThat(arrival).isEqualTo(new RecordResult.Recorded());
        assertThat(replayed).isEqualTo(arrival);
        assertThat(secondArrival).isInstanceOfSatisfying(RecordResult.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("ALREADY_RECEIVED"));
        assertThat(inspection).isEqualTo(new RecordResult.Recorded());
        assertThat(weight).isEqualTo(new RecordResult.Recorded());
        assertThat(sentBack).isEqualTo(new ReplacementResult.Shipped("YTO", orderId + "-RW1"));
        assertThat(unknownOrder).isInstanceOfSatisfying(RecordResult.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("ORDER_NOT_FOUND"));

        JsonNode recorded = JsonMapper.builder().build().readTree(control.get()
                .uri("/sandbox/erp/orders/{id}/returns", orderId).retrieve().body(String.class));
        JsonNode parcel = recorded.get("returns").get(0);
        assertThat(recorded.get("returns")).hasSize(1);
        assertThat(parcel.get("trackingNo").asString()).isEqualTo(waybill);
        assertThat(parcel.get("caseId").asString()).isEqualTo("C1");
        assertThat(parcel.get("receivedBy").asString()).isEqualTo("王仓管");
        assertThat(parcel.get("inspection").get("result").asString()).isEqualTo("WRONG_ITEM");
        assertThat(parcel.get("inspection").get("photoUrls").get(0).asString()).isEqualTo("https://img.example/w.jpg");
        assertThat(parcel.get("inspection").get("notes").asString()).isEqualTo("不是本店商品");
        assertThat(recorded.get("weighings").get(0).get("grams").asInt()).isEqualTo(310);
        assertThat(recorded.get("weighings").get(0).get("expectedGrams").asInt()).isEqualTo(620);
        HttpStatusCode atCourier = control.get().uri("/courier/api/shipments/{no}", orderId + "-RW1")
                .retrieve().toBodilessEntity().getStatusCode();
        assertThat(atCourier.value()).isEqualTo(200);
    }
}
