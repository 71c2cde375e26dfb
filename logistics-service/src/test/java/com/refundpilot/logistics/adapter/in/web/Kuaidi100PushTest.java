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

class Kuaidi100PushTest {

    /** A push as Kuaidi100 documents it: the whole trace, newest first. */
    static String param(String state, String data) {
        return """
                {"status":"polling","billstatus":"got","message":"","autoCheck":"0","comOld":"","comNew":"",
                 "lastResult":{"message":"ok","state":"%s","status":"200","condition":"F00","ischeck":"0",
                  "com":"zhongtong","nu":"ZT0001","data":%s}}""".formatted(state, data);
    }

    static final String TRACE = """
            [{"time":"2026-11-11 16:30:15","ftime":"2026-11-11 16:30:15","context":"【深圳市】快递员正在派件",
              "areaCode":"440300000000","areaName":"广东,深圳市","status":"派件"},
             {"time":"2026-11-10 10:00:00","ftime":"2026-11-10 10:00:00","context":"【杭州市】已揽收",
              "areaName":"浙江,杭州市"}]""";

    private static ProblemDetail rejected(String param) {
        return catchThrowableOfType(ErrorResponseException.class, () -> Kuaidi100Push.parse(param)).getBody();
    }

    @Test
    void theStateAtTheLatestTraceLocatedByItsAreaIsOneCanonicalReport() {
        FeedItem item = Kuaidi100Push.parse(param("5", TRACE));

        assertThat(item.update()).isEqualTo(new FeedUpdate.Tracked(new TrackingReport("ZT0001", "ZTO",
                TrackingStatus.OUT_FOR_DELIVERY, Instant.parse("2026-11-11T08:30:15Z"), "广东", "深圳市")));
        assertThat(item.latestTrace()).isEqualTo("【深圳市】快递员正在派件");
    }

    @Test
    void theLatestTraceIsFoundWhateverTheOrderAndWithoutAnAreaTheLocationIsUnknown() {
        String oldestFirst = """
                [{"time":"2026-11-10 10:00:00","context":"a"},{"ftime":"2026-11-12 09:00:00","context":"b"}]""";

        var report = ((FeedUpdate.Tracked) Kuaidi100Push.parse(param("0", oldestFirst)).update()).report();

        assertThat(report.at()).isEqualTo(Instant.parse("2026-11-12T01:00:00Z"));
        assertThat(report.province()).isNull();
        assertThat(report.city()).isNull();
    }

    @Test
    void aStateWithoutCanonicalMeaningIsKeptWithItsReason() {
        var update = (FeedUpdate.Unmapped) Kuaidi100Push.parse(param("2", TRACE)).update();

        assertThat(update.trackingNo()).isEqualTo("ZT0001");
        assertThat(update.code()).isEqualTo("kuaidi100 2");
        assertThat(update.at()).isEqualTo(Instant.parse("2026-11-11T08:30:15Z"));
        assertThat(update.reason()).contains("疑难");
    }

    @Test
    void anAbortWithoutAnyTraceIsKeptWithKuaidi100sMessage() {
        String abort = """
                {"status":"abort","message":"3天查询无记录","lastResult":{"nu":"ZT0001","com":"yunda","state":"0",
                 "data":[]}}""";

        var update = (FeedUpdate.Unmapped) Kuaidi100Push.parse(abort).update();

        assertThat(update.at()).isNull();
        assertThat(update.carrier()).isEqualTo("YD");
        assertThat(update.reason()).isEqualTo("no trace yet (status abort: 3天查询无记录)");
    }

    @Test
    void anUnknownCarrierCodeLeavesTheCarrierUnsaid() {
        String param = param("0", TRACE).replace("zhongtong", "somewhere-express");

        assertThat(((FeedUpdate.Tracked) Kuaidi100Push.parse(param).update()).report().carrier()).isNull();
    }

    @Test
    void malformedJsonIsRefusedNamingParam() {
        for (String bad : List.of("{\"status\":", "not json", "[1,2]", "\"text\"", "{} trailing", "")) {
            ProblemDetail problem = rejected(bad);
            assertThat(problem.getStatus()).as(bad).isEqualTo(400);
            assertThat(problem.getProperties()).as(bad).containsEntry("field", "param");
        }
    }

    @Test
    void everyMissingOrMalformedFieldIsNamedByItsPath() {
        String param = """
                {"lastResult":{"state":{"x":1},"data":[{"time":"2026-11-11 25:00:00"},{"context":"no time"},7]}}""";

        ProblemDetail problem = rejected(param);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(((List<?>) problem.getProperties().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field"))
                .map(Object.class::cast).toList())
                .containsExactly("param.lastResult.data[0].time", "param.lastResult.data[1].time",
                        "param.lastResult.data[2]", "param.lastResult.nu", "param.lastResult.state", "param.status");
        assertThat(problem.getProperties()).containsEntry("field", "param.lastResult.data[0].time");
    }

    @Test
    void aMissingTrackingNumberIsNamed() {
        ProblemDetail problem = rejected(param("3", TRACE).replace("\"nu\":\"ZT0001\",", ""));

        assertThat(problem.getProperties()).containsEntry("field", "param.lastResult.nu");
        assertThat(problem.getDetail()).isEqualTo("param.lastResult.nu: must not be null");
    }

    @Test
    void anAbsurdlyLongTrackingNumberIsRefused() {
        ProblemDetail problem = rejected(param("3", TRACE).replace("ZT0001", "9".repeat(65)));

        assertThat(problem.getProperties()).containsEntry("field", "param.lastResult.nu");
    }

    @Test
    void tracesOfTheSameSecondAreToldApartByKuaidi100sNewestFirstOrder() {
        String sameSecond = """
                [{"time":"2026-11-11 09:00:00","context":"已签收"},{"time":"2026-11-11 09:00:00","context":"派件中"}]""";

        assertThat(Kuaidi100Push.parse(param("3", sameSecond)).latestTrace()).isEqualTo("已签收");
    }
}
