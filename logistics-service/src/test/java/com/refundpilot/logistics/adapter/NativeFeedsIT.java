package com.refundpilot.logistics.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.TrackingUpdated;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.IgnoredUpdate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The native courier feeds end to end: {@code POST /tracking/kuaidi100} and {@code /tracking/kdniao} signed with the
 * keys of logistics-service.yml (signatures computed here, independently of the service's code), the canonical
 * {@code TrackingUpdated} out on logistics.events, a replayed push acknowledged without effect, codes without
 * canonical meaning kept on the parcel, and every refusal a problem+json naming its field with nothing stored (the
 * parcel document's version does not move) and nothing published.
 */
@ExtendWith(OutputCaptureExtension.class)
class NativeFeedsIT extends ServiceWithFakeCourier {

    private static final String SALT = "sandbox-kuaidi100-salt";
    private static final String APP_KEY = "sandbox-kdniao-app-key";
    private static final String E_BUSINESS_ID = "1000001";

    @Autowired
    ParcelRepository parcels;

    /** Registers a parcel the way production does: a watch command (the courier answers it is in transit). */
    private OrderRef watched(String orderId, String trackingNo) {
        COURIER.shipment(trackingNo, "IN_TRANSIT", clock.instant());
        OrderRef order = order(orderId);
        send(new WatchParcel(order, caseOf(order), "ZTO", trackingNo, null));
        await().atMost(WAIT).until(() -> !published(ParcelStatusReported.class,
                r -> r.trackingNo().equals(trackingNo)).isEmpty());
        return order;
    }

    private List<TrackingUpdated> tracking(String trackingNo) {
        return published(TrackingUpdated.class, t -> t.trackingNo().equals(trackingNo));
    }

    private ParcelDocument stored(String trackingNo) {
        return parcels.find(trackingNo).orElseThrow();
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kuaidi100Sign(String param, String salt) {
        return md5Hex(param + salt).toUpperCase();
    }

    private static String kdniaoSign(String requestData, String appKey) {
        return Base64.getEncoder().encodeToString(md5Hex(requestData + appKey).getBytes(StandardCharsets.US_ASCII));
    }

    private static String kuaidi100Param(String trackingNo, String state, String time, String context) {
        return """
                {"status":"polling","message":"","lastResult":{"message":"ok","state":"%s","status":"200",
                 "com":"zhongtong","nu":"%s","data":[
                 {"time":"%s","ftime":"%s","context":"%s","areaName":"广东,深圳市"},
                 {"time":"2026-11-10 09:00:00","ftime":"2026-11-10 09:00:00","context":"【杭州市】已揽收",
                  "areaName":"浙江,杭州市"}]}}""".formatted(state, trackingNo, time, time, context);
    }

    private static String kdniaoParcel(String trackingNo, String state, String stateEx, String time) {
        return """
                {"ShipperCode":"ZTO","LogisticCode":"%s","Success":true,"State":"%s","StateEx":"%s",
                 "Location":"广东深圳市","Traces":[{"AcceptTime":"2026-11-10 09:00:00","AcceptStation":"已揽收"},
                 {"AcceptTime":"%s","AcceptStation":"【深圳市】%s","Location":"深圳市","Action":"%s"}]}"""
                .formatted(trackingNo, state, stateEx, time, stateEx, stateEx);
    }

    private static String kdniaoData(String eBusinessId, String... parcels) {
        return "{\"EBusinessID\":\"%s\",\"PushTime\":\"2026-11-11 16:31:00\",\"Count\":\"%d\",\"Data\":[%s]}"
                .formatted(eBusinessId, parcels.length, String.join(",", parcels));
    }

    /** A form body written by hand, so that tests control each byte (encoding once, twice, or not at all). */
    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private ResponseEntity<String> postForm(String path, String body) {
        return RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> kuaidi100(String param, String sign) {
        return postForm("/tracking/kuaidi100", form(fields("param", param, "sign", sign)));
    }

    private ResponseEntity<String> kdniao(String requestData, String dataSign) {
        return postForm("/tracking/kdniao", form(fields("RequestData", requestData, "DataSign", dataSign,
                "RequestType", "101")));
    }

    private static String outcome(ResponseEntity<String> answer) {
        return answer.getHeaders().getFirst("X-Feed-Outcome");
    }

    /** The refusal's status and named field, after checking it is problem+json naming that field three ways. */
    private String refusedField(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(isProblem(answer)).as("problem+json").isTrue();
        JsonNode problem = body(answer);
        String field = problem.path("field").asString();
        assertThat(problem.path("detail").asString()).startsWith(field + ": ");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        return field;
    }

    @Test
    void aKuaidi100PushBecomesTheCanonicalEventAndItsReplayChangesNothing() {
        OrderRef order = watched("NF-K1", "ZT-NF-K1");
        String param = kuaidi100Param("ZT-NF-K1", "5", "2026-11-11 16:30:15", "【深圳市】快递员正在派件");

        ResponseEntity<String> answer = kuaidi100(param, kuaidi100Sign(param, SALT));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(body(answer).path("result").asBoolean()).isTrue();
        assertThat(body(answer).path("returnCode").asString()).isEqualTo("200");
        assertThat(body(answer).path("message").asString()).isEqualTo("成功");
        assertThat(outcome(answer)).isEqualTo("PUBLISHED");
        await().atMost(WAIT).until(() -> !tracking("ZT-NF-K1").isEmpty());
        assertThat(tracking("ZT-NF-K1")).containsExactly(new TrackingUpdated(order, "ZTO", "ZT-NF-K1",
                TrackingStatus.OUT_FOR_DELIVERY, Instant.parse("2026-11-11T08:30:15Z"), "广东", "深圳市"));
        Long version = stored("ZT-NF-K1").getVersion();

        ResponseEntity<String> replay = kuaidi100(param, kuaidi100Sign(param, SALT));

        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(body(replay).path("result").asBoolean()).isTrue();
        assertThat(outcome(replay)).isEqualTo("DUPLICATE");
        assertThat(stored("ZT-NF-K1").getVersion()).isEqualTo(version);
        // a later state of the same parcel goes through: only the identical update was a replay
        String signed = kuaidi100Param("ZT-NF-K1", "3", "2026-11-11 18:00:00", "【深圳市】已签收");
        assertThat(outcome(kuaidi100(signed, kuaidi100Sign(signed, SALT)))).isEqualTo("PUBLISHED");
        await().atMost(WAIT).until(() -> tracking("ZT-NF-K1").size() >= 2);
        assertThat(tracking("ZT-NF-K1")).extracting(TrackingUpdated::status)
                .containsExactly(TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.SIGNED);
    }

    @Test
    void everyKuaidi100RefusalNamesItsFieldAndStoresAndPublishesNothing() {
        watched("NF-K2", "ZT-NF-K2");
        Long version = stored("ZT-NF-K2").getVersion();
        String param = kuaidi100Param("ZT-NF-K2", "3", "2026-11-11 16:30:15", "已签收");
        String noNu = param.replace("\"nu\":\"ZT-NF-K2\",", "");
        String broken = param.substring(0, param.length() - 2);

        assertThat(refusedField(kuaidi100(param, kuaidi100Sign(param + " ", SALT)), 401)).isEqualTo("sign");
        assertThat(refusedField(kuaidi100(param, kuaidi100Sign(param, "another-salt")), 401)).isEqualTo("sign");
        assertThat(refusedField(kuaidi100(param, kuaidi100Sign(param, SALT).toLowerCase()), 401)).isEqualTo("sign");
        assertThat(refusedField(postForm("/tracking/kuaidi100", form(fields("param", param))), 401))
                .isEqualTo("sign");
        assertThat(refusedField(postForm("/tracking/kuaidi100", form(fields("sign", "X"))), 400)).isEqualTo("param");
        assertThat(refusedField(kuaidi100(broken, kuaidi100Sign(broken, SALT)), 400)).isEqualTo("param");
        assertThat(refusedField(kuaidi100(noNu, kuaidi100Sign(noNu, SALT)), 400)).isEqualTo("param.lastResult.nu");
        String twice = form(fields("param", param, "sign", kuaidi100Sign(param, SALT))) + "&param=" + "%7B%7D";
        assertThat(refusedField(postForm("/tracking/kuaidi100", twice), 400)).isEqualTo("param");
        String huge = param.replace("已签收", "签".repeat(25_000)); // 75 KB of UTF-8 before encoding
        assertThat(refusedField(kuaidi100(huge, kuaidi100Sign(huge, SALT)), 413)).isEqualTo("body");

        assertThat(stored("ZT-NF-K2").getVersion()).as("nothing stored").isEqualTo(version);
        assertThat(stored("ZT-NF-K2").parcel().ignoredUpdates()).isEmpty();
        // the same push correctly signed is the only one that gets through
        assertThat(outcome(kuaidi100(param, kuaidi100Sign(param, SALT)))).isEqualTo("PUBLISHED");
        await().atMost(WAIT).until(() -> !tracking("ZT-NF-K2").isEmpty());
        assertThat(tracking("ZT-NF-K2")).as("nothing published for a refusal").hasSize(1);
    }

    @Test
    void aKdniaoPushOfSeveralParcelsIsAnsweredForEachAndItsReplayChangesNothing() {
        OrderRef order = watched("NF-D1", "ZT-NF-D1");
        watched("NF-D2", "ZT-NF-D2");
        String requestData = kdniaoData(E_BUSINESS_ID,
                kdniaoParcel("ZT-NF-D1", "4", "413", "2026-11-11 16:30:15"),
                kdniaoParcel("ZT-NF-STRANGER", "2", "202", "2026-11-11 16:30:15"),
                kdniaoParcel("ZT-NF-D2", "4", "414", "2026-11-11 12:00:00"));

        ResponseEntity<String> answer = kdniao(requestData, kdniaoSign(requestData, APP_KEY));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(body(answer).path("EBusinessID").asString()).isEqualTo(E_BUSINESS_ID);
        assertThat(body(answer).path("Success").asBoolean()).isTrue();
        assertThat(body(answer).path("UpdateTime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(outcome(answer)).isEqualTo("PUBLISHED,UNKNOWN_PARCEL,IGNORED");
        await().atMost(WAIT).until(() -> !tracking("ZT-NF-D1").isEmpty());
        assertThat(tracking("ZT-NF-D1")).containsExactly(new TrackingUpdated(order, "ZTO", "ZT-NF-D1",
                TrackingStatus.INTERCEPT_SUCCEEDED, Instant.parse("2026-11-11T08:30:15Z"), "广东", "深圳市"));
        List<IgnoredUpdate> kept = stored("ZT-NF-D2").parcel().ignoredUpdates();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).code()).isEqualTo("kdniao 4/414");
        assertThat(kept.get(0).at()).isEqualTo(Instant.parse("2026-11-11T04:00:00Z"));
        assertThat(kept.get(0).reason()).contains("damaged");
        assertThat(kept.get(0).receivedAt()).isEqualTo(clock.instant());
        assertThat(stored("ZT-NF-D2").parcel().lastStatus()).isEqualTo(TrackingStatus.IN_TRANSIT);

        ResponseEntity<String> replay = kdniao(requestData, kdniaoSign(requestData, APP_KEY));

        assertThat(outcome(replay)).isEqualTo("DUPLICATE,UNKNOWN_PARCEL,DUPLICATE");
        assertThat(stored("ZT-NF-D2").parcel().ignoredUpdates()).hasSize(1);
        assertThat(tracking("ZT-NF-D2")).isEmpty();
        assertThat(parcels.find("ZT-NF-STRANGER")).isEmpty();
    }

    @Test
    void everyKdniaoRefusalNamesItsFieldAndStoresAndPublishesNothing() {
        watched("NF-D3", "ZT-NF-D3");
        Long version = stored("ZT-NF-D3").getVersion();
        String requestData = kdniaoData(E_BUSINESS_ID, kdniaoParcel("ZT-NF-D3", "3", "311", "2026-11-11 16:30:15"));
        String sign = kdniaoSign(requestData, APP_KEY);
        String otherAccount = kdniaoData("9999999", kdniaoParcel("ZT-NF-D3", "3", "311", "2026-11-11 16:30:15"));
        String noLogisticCode = requestData.replace("\"LogisticCode\":\"ZT-NF-D3\",", "");
        String broken = requestData.replace("\"Data\":[", "\"Data\":");

        assertThat(refusedField(kdniao(requestData, kdniaoSign(requestData, "another-key")), 401))
                .isEqualTo("DataSign");
        assertThat(refusedField(kdniao(requestData, kdniaoSign(requestData.replace("311", "301"), APP_KEY)), 401))
                .isEqualTo("DataSign");
        // encoded twice by a sender that urlencoded DataSign itself and then wrote the form: still url-encoded here
        assertThat(refusedField(kdniao(requestData, URLEncoder.encode(sign, StandardCharsets.UTF_8)), 401))
                .isEqualTo("DataSign");
        assertThat(refusedField(postForm("/tracking/kdniao", form(fields("RequestData", requestData,
                "RequestType", "101"))), 401)).isEqualTo("DataSign");
        assertThat(refusedField(kdniao(otherAccount, kdniaoSign(otherAccount, APP_KEY)), 401))
                .isEqualTo("RequestData.EBusinessID");
        assertThat(refusedField(kdniao(broken, kdniaoSign(broken, APP_KEY)), 400)).isEqualTo("RequestData");
        assertThat(refusedField(kdniao(noLogisticCode, kdniaoSign(noLogisticCode, APP_KEY)), 400))
                .isEqualTo("RequestData.Data[0].LogisticCode");
        assertThat(refusedField(postForm("/tracking/kdniao", form(fields("RequestData", requestData,
                "DataSign", sign, "RequestType", "1002"))), 400)).isEqualTo("RequestType");
        String huge = requestData.replace("已揽收", "揽".repeat(25_000));
        assertThat(refusedField(kdniao(huge, kdniaoSign(huge, APP_KEY)), 413)).isEqualTo("body");

        assertThat(stored("ZT-NF-D3").getVersion()).as("nothing stored").isEqualTo(version);
        // the form decoding undid the one urlencode of DataSign: the plain base64 is what matches
        assertThat(outcome(kdniao(requestData, sign))).isEqualTo("PUBLISHED");
        await().atMost(WAIT).until(() -> !tracking("ZT-NF-D3").isEmpty());
        assertThat(tracking("ZT-NF-D3")).as("nothing published for a refusal").hasSize(1);
        assertThat(tracking("ZT-NF-D3").get(0).status()).isEqualTo(TrackingStatus.SIGNED);
    }

    @Test
    void aPushWhoseTraceCarriesAPhoneNumberAndAnAddressLogsThemMasked(CapturedOutput output) {
        watched("NF-PII", "ZT-NF-PII");
        String context = "【深圳市】快递员张三 13812345678 正在派件至广东省深圳市南山区科技园路1号";
        String param = kuaidi100Param("ZT-NF-PII", "5", "2026-11-11 16:30:15", context);
        String requestData = kdniaoData(E_BUSINESS_ID, kdniaoParcel("ZT-NF-PII", "2", "202", "2026-11-11 17:00:00")
                .replace("【深圳市】202", context.replace("13812345678", "13987654321")));

        assertThat(outcome(kuaidi100(param, kuaidi100Sign(param, SALT)))).isEqualTo("PUBLISHED");
        assertThat(outcome(kdniao(requestData, kdniaoSign(requestData, APP_KEY)))).isEqualTo("PUBLISHED");

        await().atMost(WAIT).until(() -> output.getAll().contains("kdniao push for ZT-NF-PII"));
        String logged = output.getAll();
        assertThat(logged).contains("kuaidi100 push for ZT-NF-PII").contains("138****5678").contains("139****4321");
        assertThat(logged).doesNotContain("13812345678").doesNotContain("13987654321").doesNotContain("科技园路1号");
    }
}
