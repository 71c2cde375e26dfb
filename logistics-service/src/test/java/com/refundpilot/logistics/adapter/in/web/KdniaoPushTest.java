package com.refundpilot.logistics.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.domain.TrackingReport;
import com.refundpilot.logistics.domain.feed.FeedUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class KdniaoPushTest {

    /** A push of three parcels as Kdniao documents it: traces oldest first, codes as strings. */
    static final String PUSH = """
            {"EBusinessID":"1000001","PushTime":"2026-11-11 16:31:00","Count":"3","Data":[
             {"EBusinessID":"1000001","ShipperCode":"ZTO","LogisticCode":"ZT0001","Success":true,"State":"4",
              "StateEx":"413","Location":"广东深圳市","Traces":[
               {"AcceptTime":"2026-11-10 10:00:00","AcceptStation":"【杭州市】已揽收","Location":"杭州市","Action":"1"},
               {"AcceptTime":"2026-11-11 16:30:15","AcceptStation":"【深圳市】快件已拦截","Location":"深圳市",
                "Action":"413"}]},
             {"ShipperCode":"YTO","LogisticCode":"YT0002","State":"4","StateEx":"414","Traces":[
               {"AcceptTime":"2026-11-11 12:00:00","AcceptStation":"破损"}]},
             {"ShipperCode":"SF","LogisticCode":"SF0003","State":3,"Traces":[
               {"AcceptTime":"2026-11-11 09:00:00","AcceptStation":"已签收","Location":"新疆乌鲁木齐市"}]}]}""";

    private static ProblemDetail rejected(String requestData) {
        return catchThrowableOfType(ErrorResponseException.class, () -> KdniaoPush.parse(requestData)).getBody();
    }

    private static List<Object> fields(ProblemDetail problem) {
        return ((List<?>) problem.getProperties().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field"))
                .map(Object.class::cast).toList();
    }

    @Test
    void eachParcelOfAPushIsAnUpdateAtItsLatestTrace() {
        KdniaoPush.Content content = KdniaoPush.parse(PUSH);

        assertThat(content.eBusinessId()).isEqualTo("1000001");
        assertThat(content.items()).hasSize(3);
        assertThat(content.items().get(0).update()).isEqualTo(new FeedUpdate.Tracked(new TrackingReport("ZT0001",
                "ZTO", TrackingStatus.INTERCEPT_SUCCEEDED, Instant.parse("2026-11-11T08:30:15Z"), "广东", "深圳市")));
        assertThat(content.items().get(0).latestTrace()).isEqualTo("【深圳市】快件已拦截");
        var damaged = (FeedUpdate.Unmapped) content.items().get(1).update();
        assertThat(damaged.code()).isEqualTo("kdniao 4/414");
        assertThat(damaged.reason()).contains("damaged");
        var signed = ((FeedUpdate.Tracked) content.items().get(2).update()).report();
        assertThat(signed.status()).isEqualTo(TrackingStatus.SIGNED);
        assertThat(signed.province()).as("the trace's Location names its province").isEqualTo("新疆");
    }

    @Test
    void aParcelKdniaoCouldNotTrackOrWithoutTracesIsKeptWithTheReason() {
        String push = """
                {"EBusinessID":"1000001","Data":[{"LogisticCode":"ZT0001","State":"2","Success":false,
                 "Reason":"三天无轨迹"},{"LogisticCode":"ZT0002","State":"0","Traces":[]}]}""";

        var items = KdniaoPush.parse(push).items();

        assertThat(((FeedUpdate.Unmapped) items.get(0).update()).reason()).isEqualTo("Kdniao could not track it: 三天无轨迹");
        assertThat(((FeedUpdate.Unmapped) items.get(1).update()).reason()).isEqualTo("no trace yet");
    }

    @Test
    void aBareCityLeavesTheLocationUnknown() {
        String push = """
                {"EBusinessID":"1000001","Data":[{"LogisticCode":"ZT0001","State":"2","Location":"深圳市",
                 "Traces":[{"AcceptTime":"2026-11-11 09:00:00","Location":"深圳市"}]}]}""";

        var report = ((FeedUpdate.Tracked) KdniaoPush.parse(push).items().get(0).update()).report();

        assertThat(report.province()).isNull();
        assertThat(report.city()).isNull();
    }

    @Test
    void malformedJsonIsRefusedNamingRequestData() {
        for (String bad : List.of("{\"EBusinessID\":", "<xml/>", "[]", "{}{}")) {
            ProblemDetail problem = rejected(bad);
            assertThat(problem.getStatus()).as(bad).isEqualTo(400);
            assertThat(problem.getProperties()).as(bad).containsEntry("field", "RequestData");
        }
    }

    @Test
    void oneBadParcelRefusesThePushNamingEveryPath() {
        String push = """
                {"Data":[{"LogisticCode":"ZT0001","State":"2","Traces":[{"AcceptTime":"2026-11-11 09:00:00"}]},
                 {"State":"2","Traces":[{"AcceptTime":"11/11/2026"},{"AcceptStation":"x"}]},
                 {"LogisticCode":"ZT0003","Traces":"none"}]}""";

        ProblemDetail problem = rejected(push);

        assertThat(fields(problem)).containsExactly("RequestData.Data[1].LogisticCode",
                "RequestData.Data[1].Traces[0].AcceptTime", "RequestData.Data[1].Traces[1].AcceptTime",
                "RequestData.Data[2].State", "RequestData.Data[2].Traces", "RequestData.EBusinessID");
    }

    @Test
    void dataIsRequired() {
        assertThat(rejected("{\"EBusinessID\":\"1000001\"}").getProperties()).containsEntry("field",
                "RequestData.Data");
    }

    @Test
    void tracesOfTheSameSecondAreToldApartByKdniaosOldestFirstOrder() {
        String push = """
                {"EBusinessID":"1000001","Data":[{"LogisticCode":"ZT0001","State":"3","Traces":[
                 {"AcceptTime":"2026-11-11 09:00:00","AcceptStation":"派件中"},
                 {"AcceptTime":"2026-11-11 09:00:00","AcceptStation":"已签收"}]}]}""";

        assertThat(KdniaoPush.parse(push).items().get(0).latestTrace()).isEqualTo("已签收");
    }
}
