package com.refundpilot.scenario.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.refundpilot.scenario.model.Expectation;
import com.refundpilot.scenario.model.Expectations;
import com.refundpilot.scenario.model.Outcome;
import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.ReportExpectation;
import com.refundpilot.scenario.model.ReportFigure;
import com.refundpilot.scenario.model.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code expect.report}, this project's extension of the format for the RP-3 daily report. */
class ReportExpectationParserTest {

    final ScenarioParser parser = new ScenarioParser();

    static final String ONE_REFUND = """
        name: t
        order: {platform: TAOBAO, shopId: shop-1, orderId: O1, paidFen: 12900, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
        steps:
          - at: PT0S
            platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 12900}
        """;

    static final String TWO_SHOPS = """
        name: t
        orders:
          - {platform: TMALL, shopId: shop-1, orderId: J1, paidFen: 12900, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
          - {platform: TAOBAO, shopId: shop-2, orderId: J2, paidFen: 9900, fulfilment: NOT_ALLOCATED_NOT_AUDITED}
        steps:
          - at: PT0S
            platform: {event: REFUND_REQUESTED, orderId: J1, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 12900}
          - at: PT0S
            platform: {event: REFUND_REQUESTED, orderId: J2, refundId: R2, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 9900}
        """;

    Scenario parse(String story, String expect) {
        return parser.parse(Path.of("t.yaml"), story + "expect:\n" + expect.indent(2));
    }

    ScenarioFormatException rejected(String story, String expect) {
        try {
            parse(story, expect);
        } catch (ScenarioFormatException e) {
            return e;
        }
        throw new AssertionError("accepted: " + expect);
    }

    @Test
    void besideTheKeysOfOneBlockEveryFigureAndTheSupervisorMessageAreRead() {
        Scenario s = parse(ONE_REFUND, """
            outcome: REFUNDED
            report:
              date: 2026-11-11
              requests: 2
              requestedFen: 22800
              refunds: 1
              refundedFen: 12900
              autoApproved: 1
              autoApprovalRate: 1
              medianTimeToRefund: PT2H
              platformAutoRefunds: 0
              platformAutoRefundedFen: 0
              losses: 1
              lossFen: 12900
              interceptsRequested: 1
              interceptsSucceeded: 0
              interceptsFailed: 0
              interceptSuccessRate: 0.0
              claimsFiled: 1
              claimsCompensated: 0
              claimsCompensatedFen: 0
              claimsRejected: 0
              claimsOpen: 1
              supervisorMessage: true
            """);

        Expectation block = assertThat(s.expectations()).asInstanceOf(type(Expectations.Whole.class)).actual()
                .expectation();
        assertThat(block.outcome()).isEqualTo(Outcome.REFUNDED);
        ReportExpectation report = s.expectations().report().orElseThrow();
        assertThat(report.date()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(report.shopId()).isEqualTo("shop-1");
        assertThat(report.platform()).isEqualTo(Platform.TAOBAO);
        assertThat(report.supervisorMessage()).isTrue();
        assertThat(report.figures()).hasSize(ReportFigure.values().length)
                .containsEntry(ReportFigure.REQUESTS, 2L)
                .containsEntry(ReportFigure.LOSS_FEN, 12900L)
                .containsEntry(ReportFigure.AUTO_APPROVAL_RATE, 1.0)
                .containsEntry(ReportFigure.INTERCEPT_SUCCESS_RATE, 0.0)
                .containsEntry(ReportFigure.MEDIAN_TIME_TO_REFUND, Duration.ofHours(2))
                .containsEntry(ReportFigure.CLAIMS_OPEN, 1L);
    }

    @Test
    void onlyTheKeysGivenAreKeptAndTheDateDefaultsToNone() {
        ReportExpectation report = parse(ONE_REFUND, "report: {losses: 0}").expectations().report().orElseThrow();

        assertThat(report.date()).isNull(); // the runner takes the start's local date
        assertThat(report.figures()).isEqualTo(Map.of(ReportFigure.LOSSES, 0L));
        assertThat(report.supervisorMessage()).isNull();
        assertThat(parse(ONE_REFUND, "report: {losses: 0}").expectations().forCase("R1")).contains(Expectation.NONE);
        assertThat(parse(ONE_REFUND, "outcome: REFUNDED").expectations().report()).isEmpty();
    }

    @Test
    void besidePerCaseBlocksTheExpectShapeOfTheFormatIsKept() {
        Scenario s = parse(TWO_SHOPS, """
            R1: {outcome: REFUNDED}
            R2: {outcome: REFUNDED}
            report: {shopId: shop-1, refunds: 1}
            """);

        Map<String, Expectation> byCase = assertThat(s.expectations()).asInstanceOf(type(Expectations.PerCase.class))
                .actual().byCaseId();
        assertThat(byCase).containsOnlyKeys("R1", "R2");
        ReportExpectation report = s.expectations().report().orElseThrow();
        assertThat(report.shopId()).isEqualTo("shop-1");
        assertThat(report.platform()).isEqualTo(Platform.TMALL); // the shop's orders' platform
        assertThat(report.figures()).isEqualTo(Map.of(ReportFigure.REFUNDS, 1L));
    }

    @Test
    void aReportAloneIsAllowedWhenTheStoryRaisesSeveralCasesAndThePlatformMayBeNamed() {
        Scenario s = parse(TWO_SHOPS, "report: {shopId: shop-1, platform: TAOBAO, requests: 1}");

        assertThat(s.expectations().report().orElseThrow().platform()).isEqualTo(Platform.TAOBAO);
        assertThat(s.expectations().forCase("R1")).contains(Expectation.NONE);
    }

    @Test
    void aCaseCalledReportIsACaseAsTheFormatSays() {
        Scenario s = parser.parse(Path.of("t.yaml"), ONE_REFUND.replace("refundId: R1", "refundId: report") + """
            expect:
              report: {outcome: REFUNDED}
            """);

        assertThat(s.expectations().report()).isEmpty();
        assertThat(s.expectations().forCase("report").orElseThrow().outcome()).isEqualTo(Outcome.REFUNDED);
    }

    @Test
    void strictLikeTheRestOfTheFormat() {
        ScenarioFormatException unknown = rejected(ONE_REFUND, "report: {refund: 1}");
        assertThat(unknown.key()).isEqualTo("expect.report.refund");
        assertThat(unknown.problem()).startsWith("unknown key (expected one of date, shopId, platform, requests, ")
                .endsWith("supervisorMessage); did you mean refunds?");

        assertThat(rejected(ONE_REFUND, "report: {lossFen: 12.5}").problem())
                .isEqualTo("expected a whole number of fen, got 12.5");
        assertThat(rejected(ONE_REFUND, "report: {losses: -1}").problem()).isEqualTo("must not be negative (got -1)");
        assertThat(rejected(ONE_REFUND, "report: {interceptSuccessRate: \"1.0\"}").problem())
                .isEqualTo("expected a rate from 0 to 1 (e.g. 0.5), got a string ('1.0')");
        assertThat(rejected(ONE_REFUND, "report: {autoApprovalRate: -0.5}").problem())
                .isEqualTo("a rate is from 0 to 1 (got -0.5)");
        assertThat(rejected(ONE_REFUND, "report: {medianTimeToRefund: 2h}").key())
                .isEqualTo("expect.report.medianTimeToRefund");
        assertThat(rejected(ONE_REFUND, "report: {platform: TAOBA, refunds: 1}").problem())
                .endsWith("; did you mean TAOBAO?");
        assertThat(rejected(ONE_REFUND, "report: [refunds]").problem()).isEqualTo("expected a mapping, got a list");
        assertThat(rejected(ONE_REFUND, "repot: {refunds: 1}").problem())
                .startsWith("unknown key: neither an expectation key (outcome, ").contains("state, report)")
                .endsWith("did you mean report?");
    }

    @Test
    void theShopMustBeOneOfTheScenarios() {
        ScenarioFormatException several = rejected(TWO_SHOPS, "report: {refunds: 1}");
        assertThat(several.key()).isEqualTo("expect.report");
        assertThat(several.problem()).isEqualTo("the scenario has several shops (shop-1, shop-2): name the report's "
                + "shop with shopId");
        assertThat(rejected(TWO_SHOPS, "report: {shopId: shop-3, refunds: 1}").problem())
                .startsWith("unknown shop 'shop-3' (the scenario's shops: shop-1, shop-2)");
    }

    @Test
    void aShopOnSeveralPlatformsNamesThePlatform() {
        String story = TWO_SHOPS.replace("shopId: shop-2", "shopId: shop-1");
        ScenarioFormatException e = rejected(story, "report: {refunds: 1}");
        assertThat(e.key()).isEqualTo("expect.report");
        assertThat(e.problem()).isEqualTo("shop shop-1 has orders on several platforms (TMALL, TAOBAO): name the "
                + "report's platform");
        assertThat(parse(story, "report: {platform: TMALL, refunds: 1}").expectations().report().orElseThrow()
                .platform()).isEqualTo(Platform.TMALL);
    }
}
