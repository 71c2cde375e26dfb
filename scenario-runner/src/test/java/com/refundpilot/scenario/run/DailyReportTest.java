package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.ReportFigure;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.parse.ScenarioParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** {@code expect.report} (the RP-3 extension) end to end against {@link FakeSystem}'s report API. */
class DailyReportTest {

    static final RunIds IDS = new RunIds("tok123");
    static final String SHOP = "s1-tok123";

    final ScenarioParser parser = new ScenarioParser();
    FakeSystem system;
    ScenarioRunner runner;

    @BeforeEach
    void start() throws IOException {
        system = new FakeSystem();
        runner = new ScenarioRunner(system, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        system.close();
    }

    /** An NS-1 story on shop s1 that starts at 22:30 in Shanghai on 2026-11-11 (14:30 UTC), ending at {@code end}. */
    Scenario scenario(String end, String report) {
        return parser.parse(Path.of("rp3.yaml"), """
            name: rp3
            start: 2026-11-11T22:30:00+08:00
            order: {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 12900, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 12900}
              - at: %s
            expect:
              outcome: REFUNDED
              report: %s
            """.formatted(end, report));
    }

    ObjectNode shop(String date) {
        return shop(IDS, date);
    }

    /** The shop's figures of shop s1 in the run of {@code ids} (each run has its own shop). */
    ObjectNode shop(RunIds ids, String date) {
        return (ObjectNode) system.report("TAOBAO", ids.of("s1"), date).get("shop");
    }

    @Test
    void readsTheNamespacedShopsReportForTheLocalDateOfTheStartAfterTheStoryAndChecksTheFiguresGiven() {
        ObjectNode shop = shop("2026-11-11");
        ((ObjectNode) shop.get("refunds")).put("count", 1).put("amountFen", 12900).put("autoApproved", 1)
                .put("autoApprovalRate", 1.0).put("medianTimeToRefundSeconds", 0);
        ((ObjectNode) shop.get("requests")).put("count", 1);

        ScenarioResult result = runner.run(scenario("PT3H", "{requests: 1, refunds: 1, refundedFen: 12900, "
                + "autoApprovalRate: 1, medianTimeToRefund: PT0S, losses: 0}"), IDS);

        assertThat(result.failures()).isEmpty();
        List<String> log = system.log();
        String read = "GET /notifications/api/reports/daily?platform=TAOBAO&shopId=" + SHOP + "&date=2026-11-11";
        assertThat(log).contains(read);
        // after the story: the last clock move (01:30 the next day), then a settle, then the reading
        assertThat(log.subList(log.indexOf("clock 2026-11-11T17:30:00Z"), log.size()))
                .containsSubsequence("settle", "settle", read);
        assertThat(log).noneMatch(l -> l.contains("supervisor-messages")); // not asked for, not read
    }

    @Test
    void aFigureThatDiffersNamesTheKeyWhatWasExpectedAndWhatTheReportShowsInTheScenariosIds() {
        ObjectNode shop = shop("2026-11-11");
        ((ObjectNode) shop.get("refunds")).put("count", 1).put("amountFen", 12900);
        ((ObjectNode) shop.get("losses")).put("count", 1).put("amountFen", 12900);

        ScenarioResult result = runner.run(scenario("PT1H", "{refunds: 1, losses: 0, lossFen: 0}"), IDS);

        assertThat(result.failures()).containsExactly(
                "report.losses: expected 0, was 1 in the TAOBAO s1 report for 2026-11-11 (refunds 1, refundedFen 12900, "
                        + "lossFen 12900)",
                "report.lossFen: expected 0, was 12900 in the TAOBAO s1 report for 2026-11-11 (refunds 1, refundedFen "
                        + "12900, losses 1)");
    }

    @Test
    void ratesMatchToAThousandthAndARateTheReportCannotComputeIsNone() {
        for (String token : List.of("rate1", "rate2", "rate3")) {
            ((ObjectNode) shop(new RunIds(token), "2026-11-11").get("intercepts")).put("requested", 3).put("succeeded", 2)
                    .put("successRate", 0.6667);
        }

        assertThat(runner.run(scenario("PT1H", "{interceptSuccessRate: 0.667}"), new RunIds("rate1")).failures())
                .isEmpty();
        assertThat(runner.run(scenario("PT1H", "{interceptSuccessRate: 0.6657}"), new RunIds("rate2")).failures())
                .isEmpty();
        ScenarioResult wrong = runner.run(scenario("PT1H", "{interceptSuccessRate: 0.665}"), new RunIds("rate3"));
        assertThat(wrong.detail()).startsWith("report.interceptSuccessRate: expected 0.665, was 0.6667 in the TAOBAO s1");

        ScenarioResult none = runner.run(scenario("PT1H", "{autoApprovalRate: 1.0}"), new RunIds("none1"));
        assertThat(none.detail()).isEqualTo("report.autoApprovalRate: expected 1.0, was none (shop.refunds"
                + ".autoApprovalRate is null: nothing to divide) in the TAOBAO s1 report for 2026-11-11 (all its other "
                + "figures are 0)");
    }

    @Test
    void theSupervisorMessageIsLookedUpForTheShopAndDate() {
        ScenarioResult missing = runner.run(scenario("PT12H", "{date: 2026-11-11, supervisorMessage: true}"), IDS);
        assertThat(missing.failures()).containsExactly("report.supervisorMessage: expected true, notification-service "
                + "has no supervisor message for s1 on 2026-11-11 (composed at 09:30 local time the next day)");
        assertThat(system.log()).contains("GET /notifications/api/supervisor-messages?platform=TAOBAO&shopId=" + SHOP
                + "&date=2026-11-11");

        RunIds other = new RunIds("other1");
        system.supervisorMessages.add("TAOBAO:" + other.of("s1") + ":2026-11-10");
        system.supervisorMessages.add("TAOBAO:someone-else:2026-11-11");
        assertThat(runner.run(scenario("PT12H", "{supervisorMessage: false}"), other).failures()).isEmpty();

        RunIds sent = new RunIds("sent1");
        system.supervisorMessages.add("TAOBAO:" + sent.of("s1") + ":2026-11-11");
        assertThat(runner.run(scenario("PT12H", "{supervisorMessage: true}"), sent).failures()).isEmpty();
        RunIds sentToo = new RunIds("sent2");
        system.supervisorMessages.add("TAOBAO:" + sentToo.of("s1") + ":2026-11-11");
        assertThat(runner.run(scenario("PT12H", "{supervisorMessage: false}"), sentToo).detail()).isEqualTo(
                "report.supervisorMessage: expected false, notification-service has 1 supervisor message(s) for s1 on "
                        + "2026-11-11 (composed at 09:30 local time the next day)");
    }

    @Test
    void aReportDateAfterTheStorysLastDayIsAProblemBeforeAnythingReachesTheSystem() {
        ScenarioResult result = runner.run(scenario("PT2H", "{date: 2026-11-13, refunds: 1}"), IDS);

        assertThat(result.failures()).containsExactly("expect.report.date: 2026-11-13 is after the story's last day "
                + "(2026-11-12 in Asia/Shanghai): there is no report for it yet");
        assertThat(system.log()).isEmpty();
    }

    @Test
    void aReportTheSystemRefusesIsTheReportsFailureAndTheRestIsStillChecked() {
        // no start in the file: the runner starts at the system's now; a date after it is refused by the API
        Scenario s = parser.parse(Path.of("rp3.yaml"), """
            name: rp3
            order: {platform: TAOBAO, shopId: s1, orderId: O1, paidFen: 12900, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 12900}
            expect:
              outcome: AGREE_REFUND_NEVER
            """.replace("AGREE_REFUND_NEVER", "WAITING") + "  report: {date: 2031-01-01, refunds: 1}\n");

        ScenarioResult result = runner.run(s, IDS);

        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0)).startsWith("outcome: expected WAITING");
        assertThat(result.failures().get(1)).isEqualTo("report: could not read the TAOBAO s1 report for 2031-01-01: "
                + "notification-service answered 400 to GET /notifications/api/reports/daily?platform=TAOBAO&shopId=s1&date=2031-01-01: "
                + "query parameter date 2031-01-01 is after today (2030-01-01 in the report's time zone): there is no "
                + "report yet");
    }

    /** Each key of the extension, read from its field of the DailyReport JSON (named here, not by the runner). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        requests                | requests.count                      | 2     | 2     | 3
        requestedFen            | requests.amountFen                  | 22800 | 22800 | 22801
        refunds                 | refunds.count                       | 2     | 2     | 1
        refundedFen             | refunds.amountFen                   | 22800 | 22800 | 0
        autoApproved            | refunds.autoApproved                | 1     | 1     | 2
        autoApprovalRate        | refunds.autoApprovalRate            | 0.5   | 0.5   | 1.0
        medianTimeToRefund      | refunds.medianTimeToRefundSeconds   | 7200  | PT2H  | PT1H
        platformAutoRefunds     | platformAutoRefunds.count           | 1     | 1     | 0
        platformAutoRefundedFen | platformAutoRefunds.amountFen       | 9900  | 9900  | 9800
        losses                  | losses.count                        | 1     | 1     | 0
        lossFen                 | losses.amountFen                    | 12900 | 12900 | 1290
        interceptsRequested     | intercepts.requested                | 4     | 4     | 1
        interceptsSucceeded     | intercepts.succeeded                | 3     | 3     | 4
        interceptsFailed        | intercepts.failed                   | 1     | 1     | 0
        interceptSuccessRate    | intercepts.successRate              | 0.75  | 0.75  | 0.7
        claimsFiled             | claims.filed                        | 2     | 2     | 1
        claimsCompensated       | claims.compensated                  | 1     | 1     | 2
        claimsCompensatedFen    | claims.compensatedFen               | 45900 | 45900 | 0
        claimsRejected          | claims.rejected                     | 1     | 1     | 0
        claimsOpen              | claims.open                         | 1     | 1     | 0
        """)
    void eachKeyIsItsFieldOfTheReport(String key, String field, String reported, String right, String wrong) {
        String[] path = field.split("\\.");
        RunIds first = new RunIds("right1");
        RunIds second = new RunIds("wrong1");
        for (RunIds ids : List.of(first, second)) {
            ObjectNode at = (ObjectNode) shop(ids, "2026-11-11").get(path[0]);
            if (reported.contains(".")) {
                at.put(path[1], Double.parseDouble(reported));
            } else {
                at.put(path[1], Long.parseLong(reported));
            }
        }

        assertThat(runner.run(scenario("PT1H", "{" + key + ": " + right + "}"), first).failures()).as(key).isEmpty();
        assertThat(runner.run(scenario("PT1H", "{" + key + ": " + wrong + "}"), second).detail()).as(key)
                .startsWith("report." + key + ": expected " + wrong + ", was " + right + " in the TAOBAO s1 report for "
                        + "2026-11-11");
    }

    @Test
    void everyFigureOfTheExtensionIsCoveredByTheKeyTest() {
        assertThat(Arrays.stream(ReportFigure.values()).map(ReportFigure::key)).hasSize(20);
        assertThat(DailyReportFields.field(ReportFigure.LOSS_FEN)).isEqualTo("shop.losses.amountFen");
    }
}
