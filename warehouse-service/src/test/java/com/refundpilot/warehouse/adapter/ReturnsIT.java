package com.refundpilot.warehouse.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.ExpectReturn;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.WarehouseAction;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.kit.testsupport.TopicReader;
import com.refundpilot.kit.testsupport.VirtualTimeConfiguration;
import com.refundpilot.warehouse.WarehouseServiceApplication;
import com.refundpilot.warehouse.adapter.FakeErp.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Returns end to end in the service: warehouse.expect-return in on Kafka, staff records over the real HTTP
 * port (every error answered and nothing changed), the ERP told over HTTP (a fake), the events out on
 * warehouse.events through the return's outbox.
 */
@SpringBootTest(classes = {WarehouseServiceApplication.class, VirtualTimeConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"refundpilot.outbox.sweep-interval=PT0.2S",
                "resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=1000"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ReturnsIT {

    private static final Instant START = VirtualTimeConfiguration.START;
    private static final FakeErp ERP = new FakeErp();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.freshUri("warehouse-returns"));
        registry.add("refundpilot.erp.base-url", ERP::baseUrl);
    }

    @AfterAll
    static void stopErp() {
        ERP.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @LocalServerPort
    int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private TopicReader events;

    record Answer(int status, JsonNode json) {
    }

    @BeforeEach
    void reader() {
        events = new TopicReader(broker.getBrokersAsString(), Topics.WAREHOUSE_EVENTS);
    }

    @AfterEach
    void close() {
        events.close();
    }

    // ------------------------------------------------------------------ helpers

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static OrderRef order(String orderId) {
        return new OrderRef(Platform.TAOBAO, "shop-1", orderId);
    }

    private Envelope send(Message command) {
        Envelope envelope = Envelope.first(command, "test", START);
        send(envelope);
        return envelope;
    }

    private void send(Envelope envelope) {
        kafka.send(envelope.topic(), envelope.partitionKey(), codec.encode(envelope));
    }

    private List<Envelope> published(Class<? extends Message> type, String caseId) {
        return events.values().stream().map(codec::decode)
                .filter(e -> type.isInstance(e.data()) && e.subject().equals(caseId)).toList();
    }

    private <T extends Message> T awaitEvent(Class<T> type, String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !published(type, caseId).isEmpty());
        return type.cast(published(type, caseId).get(0).data());
    }

    private Answer call(String method, String path, String body) {
        RestClient.RequestBodySpec spec = RestClient.create("http://localhost:" + port).method(
                org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Answer(response.getStatusCode().value(), bytes.length == 0 ? null : JSON.readTree(bytes));
        });
    }

    private Answer post(String path, String body) {
        return call("POST", path, body);
    }

    private Answer view(String trackingNo) {
        return call("GET", "/api/returns/" + trackingNo, null);
    }

    /** Sends the expectation and waits until staff can find it. */
    private Envelope expect(OrderRef order, String caseId, String trackingNo, int quantity) {
        Envelope envelope = send(new ExpectReturn(order, caseId, "SF", trackingNo, "SHOE-BLK-42", quantity));
        await().atMost(Duration.ofSeconds(30)).until(() -> view(trackingNo).status() == 200
                && view(trackingNo).json().get("caseId").asString().equals(caseId));
        return envelope;
    }

    private List<Call> erpCalls(String orderId, String operation) {
        return ERP.calls(orderId).stream().filter(c -> operation.equals(c.operation())).toList();
    }

    private static void assertProblem(Answer answer, int status, String fieldOrCode) {
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(status);
        String named = status == 400 ? answer.json().get("field").asString() : answer.json().get("code").asString();
        assertThat(named).isEqualTo(fieldOrCode);
    }

    // ------------------------------------------------------------------ tests

    @Test
    void expectArrivalAndInspectionReachTheCaseInOrderOnItsChainAndTheErpIsToldOnce() {
        String orderId = unique("W-RR");
        ERP.put(orderId, "SHIPPED", "ZTO", "ZT1");
        OrderRef order = order(orderId);
        String caseId = order.caseIdOf(orderId + "-R1");
        String waybill = unique("SF");
        Envelope expectation = expect(order, caseId, waybill, 2);

        Answer arrived = post("/api/returns/" + waybill + "/arrival", "{\"receivedBy\":\"王仓管\"}");
        ReturnReceived received = awaitEvent(ReturnReceived.class, caseId);
        Answer inspected = post("/api/returns/" + waybill + "/inspection", """
                {"result":"QUANTITY_SHORT","receivedQuantity":1,"photoUrls":["https://img.example/a.jpg"],
                 "notes":"少一只","inspectedBy":"李质检"}""");
        ReturnInspected inspection = awaitEvent(ReturnInspected.class, caseId);

        assertThat(arrived.status()).isEqualTo(200);
        assertThat(arrived.json().get("received").get("receivedBy").asString()).isEqualTo("王仓管");
        assertThat(arrived.json().get("received").get("erp").asString()).isEqualTo("RECORDED");
        assertThat(received).isEqualTo(new ReturnReceived(order, caseId, waybill, START));
        assertThat(inspected.status()).isEqualTo(200);
        assertThat(inspection).isEqualTo(new ReturnInspected(order, caseId, waybill, InspectionResult.QUANTITY_SHORT, 1,
                List.of("https://img.example/a.jpg"), "少一只", START));
        Envelope receivedEnvelope = published(ReturnReceived.class, caseId).get(0);
        assertThat(receivedEnvelope.causationId()).isEqualTo(expectation.id());
        assertThat(receivedEnvelope.correlationId()).isEqualTo(expectation.correlationId());
        assertThat(receivedEnvelope.partitionKey()).isEqualTo(order.key());
        assertThat(erpCalls(orderId, "returns")).extracting(Call::requestId).containsExactly(
                caseId + ":" + waybill + ":ARRIVAL", caseId + ":" + waybill + ":INSPECTION");
        JsonNode erpInspection = ERP.body(caseId + ":" + waybill + ":INSPECTION");
        assertThat(erpInspection.get("result").asString()).isEqualTo("QUANTITY_SHORT");
        assertThat(erpInspection.get("receivedQuantity").asInt()).isEqualTo(1);

        JsonNode stored = view(waybill).json();
        assertThat(stored.get("quantity").asInt()).isEqualTo(2);
        assertThat(stored.get("order").get("orderId").asString()).isEqualTo(orderId);
        assertThat(stored.get("inspection").get("result").asString()).isEqualTo("QUANTITY_SHORT");
        assertThat(stored.get("inspection").get("photoUrls").get(0).asString()).isEqualTo("https://img.example/a.jpg");
    }

    @Test
    void anArrivalIsRecordedOnceAndAnInspectionWithoutOneRecordsBoth() {
        String orderId = unique("W-ONCE");
        ERP.put(orderId, "SHIPPED", "ZTO", "ZT2");
        OrderRef order = order(orderId);
        String caseId = order.caseIdOf(orderId + "-R1");
        String first = unique("SF");
        String second = unique("SF");
        expect(order, caseId, first, 1);
        expect(order, caseId, second, 1);

        assertThat(post("/api/returns/" + first + "/arrival", null).status()).isEqualTo(200);
        assertProblem(post("/api/returns/" + first + "/arrival", "{}"), 409, "ALREADY_RECEIVED");
        Answer both = post("/api/returns/" + second + "/inspection", "{\"result\":\"MATCH\",\"inspectedBy\":\"李质检\"}");

        assertThat(both.status()).isEqualTo(200);
        assertThat(both.json().get("received").get("receivedBy").asString()).isEqualTo("李质检");
        assertThat(both.json().get("inspection").get("receivedQuantity").asInt()).isEqualTo(1); // all expected
        await().atMost(Duration.ofSeconds(30)).until(() -> published(ReturnInspected.class, caseId).size() == 1);
        List<Envelope> staffEvents = events.values().stream().map(codec::decode)
                .filter(e -> e.subject().equals(caseId)).toList();
        assertThat(staffEvents).extracting(e -> e.data().getClass().getSimpleName() + " "
                + ((ReturnReceived.class.isInstance(e.data()) ? ((ReturnReceived) e.data()).trackingNo()
                        : ((ReturnInspected) e.data()).trackingNo())))
                .containsExactly("ReturnReceived " + first, "ReturnReceived " + second, "ReturnInspected " + second);
        assertThat(erpCalls(orderId, "returns")).extracting(Call::requestId).containsExactly(
                caseId + ":" + first + ":ARRIVAL", caseId + ":" + second + ":ARRIVAL",
                caseId + ":" + second + ":INSPECTION");
    }

    @Test
    void theSameExpectationTwiceChangesNothingAndAnotherCaseTakesTheWaybillOver() {
        String orderId = unique("W-TIE");
        ERP.put(orderId, "SHIPPED", "ZTO", "ZT3");
        OrderRef order = order(orderId);
        String caseA = order.caseIdOf(orderId + "-A");
        String caseB = order.caseIdOf(orderId + "-B");
        String waybill = unique("SF");
        Envelope first = expect(order, caseA, waybill, 1);
        send(first); // redelivered
        send(new ExpectReturn(order, caseA, "SF", waybill, "SHOE-BLK-42", 1)); // sent again by the case
        expect(order, caseB, waybill, 1);

        JsonNode view = view(waybill).json();
        assertThat(view.get("caseId").asString()).isEqualTo(caseB);
        assertThat(view.get("earlier")).hasSize(1);
        assertThat(view.get("earlier").get(0).get("caseId").asString()).isEqualTo(caseA);
        assertThat(post("/api/returns/" + waybill + "/arrival", null).status()).isEqualTo(200);
        assertThat(awaitEvent(ReturnReceived.class, caseB).trackingNo()).isEqualTo(waybill);
        assertThat(published(ReturnReceived.class, caseA)).isEmpty();
    }

    @Test
    void badStaffRecordsAreAnsweredNamingTheProblemAndChangeNothing() {
        String orderId = unique("W-BAD");
        ERP.put(orderId, "SHIPPED", "ZTO", "ZT4");
        OrderRef order = order(orderId);
        String caseId = order.caseIdOf(orderId + "-R1");
        String waybill = unique("SF");
        expect(order, caseId, waybill, 2);
        String inspection = "/api/returns/" + waybill + "/inspection";

        Answer unknown = post("/api/returns/NO-SUCH-WAYBILL/inspection", "{\"result\":\"MATCH\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(post("/api/returns/NO-SUCH-WAYBILL/arrival", null).status()).isEqualTo(404);
        assertThat(view("NO-SUCH-WAYBILL").status()).isEqualTo(404);
        assertProblem(post(inspection, "{\"result\":\"BROKEN\"}"), 400, "result");
        assertProblem(post(inspection, "{\"receivedQuantity\":1}"), 400, "result");
        assertProblem(post(inspection, "{\"result\":\"WRONG_ITEM\",\"receivedQuantity\":-1,\"photoUrls\":[\"https://i/1\"]}"),
                400, "receivedQuantity");
        assertProblem(post(inspection, "{\"result\":\"WRONG_ITEM\",\"receivedQuantity\":3,\"photoUrls\":[\"https://i/1\"]}"),
                400, "receivedQuantity");
        assertProblem(post(inspection, "{\"result\":\"WRONG_ITEM\",\"receivedQuantity\":\"abc\"}"), 400, "receivedQuantity");
        assertProblem(post(inspection, "{\"result\":\"WRONG_ITEM\",\"receivedQuantity\":2}"), 400, "photoUrls");
        assertProblem(post(inspection, "{\"result\":\"AFFECTS_RESALE\",\"photoUrls\":[\"\"]}"), 400, "photoUrls[0]");
        Answer problem = post(inspection, "{\"result\":\"DAMAGED_ON_ARRIVAL\",\"photoUrls\":[]}");
        assertThat(problem.json().get("detail").asString()).contains("photoUrls");
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("photoUrls");

        JsonNode unchanged = view(waybill).json();
        assertThat(unchanged.get("received").isNull()).isTrue();
        assertThat(unchanged.get("inspection").isNull()).isTrue();
        assertThat(erpCalls(orderId, "returns")).isEmpty();

        assertThat(post(inspection, "{\"result\":\"WRONG_ITEM\",\"photoUrls\":[\"https://img.example/w.jpg\"]}")
                .status()).isEqualTo(200);
        assertProblem(post(inspection, "{\"result\":\"MATCH\"}"), 409, "ALREADY_INSPECTED");
        awaitEvent(ReturnInspected.class, caseId);
        assertThat(view(waybill).json().get("inspection").get("result").asString()).isEqualTo("WRONG_ITEM");
        assertThat(published(ReturnInspected.class, caseId)).hasSize(1);
        assertThat(erpCalls(orderId, "returns")).hasSize(2); // the arrival and the one inspection
    }

    @Test
    void anErpWithoutAnswerRecordsNothingAndTheSameRecordLaterIsRecordedOnce() {
        String orderId = unique("W-DOWN");
        ERP.put(orderId, "SHIPPED", "ZTO", "ZT5");
        OrderRef order = order(orderId);
        String caseId = order.caseIdOf(orderId + "-R1");
        String waybill = unique("SF");
        expect(order, caseId, waybill, 1);
        ERP.unavailable(orderId, 3); // one record's three attempts

        assertProblem(post("/api/returns/" + waybill + "/arrival", null), 503, "ERP_UNAVAILABLE");
        assertThat(view(waybill).json().get("received").isNull()).isTrue();
        assertThat(post("/api/returns/" + waybill + "/arrival", null).status()).isEqualTo(200);

        awaitEvent(ReturnReceived.class, caseId);
        assertThat(published(ReturnReceived.class, caseId)).hasSize(1);
        assertThat(erpCalls(orderId, "returns")).hasSize(4).extracting(Call::requestId)
                .containsOnly(caseId + ":" + waybill + ":ARRIVAL");
    }

    @Test
    void aParcelWeightGoesToTheLatestCaseThatAskedAboutTheOrder() {
        String orderId = unique("W-WEIGH");
        ERP.put(orderId, "SHIPPED", "ZTO", "ZT6");
        OrderRef order = order(orderId);
        String weigh = "/api/orders/" + orderId + "/parcel-weight";
        assertThat(post(weigh, "{\"grams\":310,\"expectedGrams\":620}").status()).isEqualTo(404);

        String checked = order.caseIdOf(orderId + "-R1");
        send(new CheckFulfilment(order, checked));
        awaitEvent(FulfilmentReported.class, checked);
        Answer fromTheErp = post(weigh, "{\"grams\":310}");
        ParcelWeighed first = awaitEvent(ParcelWeighed.class, checked);

        String later = order.caseIdOf(orderId + "-R2");
        expect(order, later, unique("SF"), 1);
        assertProblem(post(weigh, "{\"expectedGrams\":620}"), 400, "grams");
        assertProblem(post(weigh, "{\"grams\":-1}"), 400, "grams");
        assertProblem(post(weigh, "{\"grams\":1.5}"), 400, "grams");
        Answer named = post(weigh, "{\"grams\":600,\"expectedGrams\":620,\"trackingNo\":\"ZT6\"}");
        ParcelWeighed second = awaitEvent(ParcelWeighed.class, later);

        assertThat(fromTheErp.status()).isEqualTo(200);
        assertThat(first).isEqualTo(new ParcelWeighed(order, checked, "ZT6", 310, 620, START)); // the ERP's weight
        assertThat(named.status()).isEqualTo(200);
        assertThat(second).isEqualTo(new ParcelWeighed(order, later, "ZT6", 600, 620, START));
        assertThat(published(ParcelWeighed.class, checked)).hasSize(1);
        assertThat(erpCalls(orderId, "parcel-weight")).hasSize(2);
    }

    @Test
    void wrongGoodsAreSentBackToTheBuyerWithANewParcel() {
        String orderId = unique("W-RW");
        ERP.put(orderId, "SHIPPED", "YTO", "YT7");
        OrderRef order = order(orderId);
        String caseId = order.caseIdOf(orderId + "-R1");

        Envelope command = send(new ShipReplacement(order, caseId, "RR-7", WarehouseAction.RETURN_WRONG_GOODS, null, 1,
                "退回错寄商品"));
        ReplacementShipped shipped = awaitEvent(ReplacementShipped.class, caseId);

        assertThat(shipped).isEqualTo(new ReplacementShipped(order, caseId, WarehouseAction.RETURN_WRONG_GOODS, "YTO",
                orderId + "-RW1"));
        assertThat(ERP.calls(orderId)).containsExactly(new Call("POST", orderId, "return-wrong-goods",
                command.id() + ":RETURN_WRONG_GOODS", "退回错寄商品"));
    }
}
