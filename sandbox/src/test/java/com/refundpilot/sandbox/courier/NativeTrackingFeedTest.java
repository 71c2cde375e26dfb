package com.refundpilot.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.sandbox.Http;
import com.refundpilot.sandbox.StubReceiver;
import com.refundpilot.sandbox.StubReceiver.Received;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The courier pushing natively ({@code sandbox.courier.feed}): what goes over the wire to the stub receiver, checked
 * against the couriers' formats with signatures computed here independently of the sandbox's own code.
 */
class NativeTrackingFeedTest {

    private static final StubReceiver STUB = StubReceiver.INSTANCE;
    private static final String SALT = "test-salt";
    private static final String APP_KEY = "test-app-key";
    private static final Instant T1 = Instant.parse("2026-11-11T02:00:00Z"); // 10:00:00 in Shanghai
    private static final Instant T2 = Instant.parse("2026-11-11T08:30:15Z"); // 16:30:15 in Shanghai

    private static TrackingPusher pusher(CourierFeed feed) {
        var properties = new CourierProperties(URI.create(STUB.url("/tracking/sandbox")), null, feed,
                new CourierProperties.Kuaidi100(SALT), new CourierProperties.Kdniao("EB-42", APP_KEY));
        return new TrackingPusher(RestClient.create(), properties);
    }

    /** A parcel collected in Hangzhou and now, at T2, in {@code event} in Shenzhen. */
    private static Shipment.Moved moved(String trackingNo, TrackingCode event) {
        var shipment = new Shipment(trackingNo, new ShipmentSetup("ZTO", TrackingCode.COLLECTED, T1, "浙江", "杭州",
                null, null, T1), T1);
        shipment.apply(new ShipmentEventRequest(TrackingCode.COLLECTED, null, null, null), T1);
        return shipment.move(new ShipmentEventRequest(event, "广东", "深圳", null), T2);
    }

    private static Map<String, String> form(Received received) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : received.text().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static byte[] md5(String text) throws Exception {
        return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void kuaidi100PushesTheWholeTraceNewestFirstSignedWithTheSalt() throws Exception {
        String trackingNo = unique("ZT");
        var moved = moved(trackingNo, TrackingCode.OUT_FOR_DELIVERY);

        var delivery = pusher(CourierFeed.KUAIDI100).push(moved.push(), moved.traces());

        assertThat(delivery).isEqualTo(new TrackingPusher.Delivery(CourierFeed.KUAIDI100, 200));
        List<Received> received = STUB.receivedOn("/tracking/kuaidi100", trackingNo);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(received.get(0));
        assertThat(form).containsOnlyKeys("param", "sign");
        assertThat(form.get("sign")).isEqualTo(HexFormat.of().withUpperCase().formatHex(md5(form.get("param") + SALT)));
        JsonNode param = Http.parse(form.get("param"));
        assertThat(param.get("status").asString()).isEqualTo("polling");
        JsonNode last = param.get("lastResult");
        assertThat(last.get("nu").asString()).isEqualTo(trackingNo);
        assertThat(last.get("com").asString()).isEqualTo("zhongtong");
        assertThat(last.get("state").asString()).isEqualTo("5");
        JsonNode data = last.get("data");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.get(0).get("time").asString()).isEqualTo("2026-11-11 16:30:15");
        assertThat(data.get(0).get("areaName").asString()).isEqualTo("广东,深圳");
        assertThat(data.get(0).get("context").asString()).isEqualTo("【深圳】快递员正在派件");
        assertThat(data.get(1).get("time").asString()).isEqualTo("2026-11-11 10:00:00");
        assertThat(data.get(1).get("areaName").asString()).isEqualTo("浙江,杭州");
    }

    @Test
    void aSignedParcelEndsTheKuaidi100Monitoring() {
        String trackingNo = unique("ZT");
        var moved = moved(trackingNo, TrackingCode.SIGNED);

        pusher(CourierFeed.KUAIDI100).push(moved.push(), moved.traces());

        JsonNode param = Http.parse(form(STUB.receivedOn("/tracking/kuaidi100", trackingNo).get(0)).get("param"));
        assertThat(param.get("status").asString()).isEqualTo("shutdown");
        assertThat(param.get("lastResult").get("state").asString()).isEqualTo("3");
        assertThat(param.get("lastResult").get("ischeck").asString()).isEqualTo("1");
        assertThat(param.get("lastResult").get("data").get(0).get("context").asString()).contains("本人签收");
    }

    @Test
    void kdniaoPushesItsStateAndTraceOldestFirstWithADataSignUrlEncodedOnTheWire() throws Exception {
        String trackingNo = unique("ZT");
        var moved = moved(trackingNo, TrackingCode.INTERCEPT_SUCCEEDED);

        var delivery = pusher(CourierFeed.KDNIAO).push(moved.push(), moved.traces());

        assertThat(delivery.feed()).isEqualTo(CourierFeed.KDNIAO);
        List<Received> received = STUB.receivedOn("/tracking/kdniao", trackingNo);
        assertThat(received).hasSize(1);
        Map<String, String> form = form(received.get(0));
        assertThat(form).containsOnlyKeys("RequestData", "DataSign", "RequestType");
        assertThat(form.get("RequestType")).isEqualTo("101");
        String expected = Base64.getEncoder().encodeToString(HexFormat.of().formatHex(md5(form.get("RequestData")
                + APP_KEY)).getBytes(StandardCharsets.US_ASCII));
        assertThat(form.get("DataSign")).isEqualTo(expected);
        // urlencode(base64(...)): base64's '=' (and '+', '/') arrive percent-encoded
        assertThat(received.get(0).text()).contains("DataSign=" + URLEncoder.encode(expected, StandardCharsets.UTF_8));
        assertThat(expected).endsWith("=");
        JsonNode data = Http.parse(form.get("RequestData"));
        assertThat(data.get("EBusinessID").asString()).isEqualTo("EB-42");
        assertThat(data.get("Count").asString()).isEqualTo("1");
        JsonNode parcel = data.get("Data").get(0);
        assertThat(parcel.get("LogisticCode").asString()).isEqualTo(trackingNo);
        assertThat(parcel.get("ShipperCode").asString()).isEqualTo("ZTO");
        assertThat(parcel.get("State").asString()).isEqualTo("4");
        assertThat(parcel.get("StateEx").asString()).isEqualTo("413");
        assertThat(parcel.get("Location").asString()).isEqualTo("广东深圳");
        List<String> times = new ArrayList<>();
        parcel.get("Traces").values().forEach(trace -> times.add(trace.get("AcceptTime").asString()));
        assertThat(times).containsExactly("2026-11-11 10:00:00", "2026-11-11 16:30:15");
        assertThat(parcel.get("Traces").get(1).get("Action").asString()).isEqualTo("413");
    }

    @Test
    void anEventTheNativeFormatCannotSayGoesOverTheSandboxPush() {
        String trackingNo = unique("ZT");
        var moved = moved(trackingNo, TrackingCode.INTERCEPT_FAILED);

        var kdniao = pusher(CourierFeed.KDNIAO).push(moved.push(), moved.traces());
        var kuaidi100 = pusher(CourierFeed.KUAIDI100).push(moved.push(), moved.traces());

        assertThat(kdniao.feed()).isEqualTo(CourierFeed.SANDBOX);
        assertThat(kuaidi100.feed()).isEqualTo(CourierFeed.SANDBOX);
        assertThat(STUB.receivedOn("/tracking/sandbox", trackingNo)).hasSize(2);
        assertThat(STUB.receivedOn("/tracking/kdniao", trackingNo)).isEmpty();
        assertThat(STUB.receivedOn("/tracking/kuaidi100", trackingNo)).isEmpty();
    }

    @Test
    void everyEventHasANativeStateOrFallsBackAndTheTwoFormatsDisagreeOnlyWhereTheirVocabulariesDo() {
        List<TrackingCode> kuaidi100Lacks = new ArrayList<>();
        List<TrackingCode> kdniaoLacks = new ArrayList<>();
        for (TrackingCode code : TrackingCode.values()) {
            if (Kuaidi100Wire.stateOf(code).isEmpty()) {
                kuaidi100Lacks.add(code);
            }
            if (KdniaoWire.stateOf(code).isEmpty()) {
                kdniaoLacks.add(code);
            }
        }
        assertThat(kuaidi100Lacks).containsExactly(TrackingCode.LOST, TrackingCode.MISROUTED,
                TrackingCode.INTERCEPT_SUCCEEDED, TrackingCode.INTERCEPT_FAILED);
        assertThat(kdniaoLacks).containsExactly(TrackingCode.LOST, TrackingCode.INTERCEPT_FAILED);
    }
}
