package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioReportTest {

    static ScenarioResult pass(String name) {
        return ScenarioResult.of(name, Path.of(name + ".yaml"), List.of(), Duration.ofMillis(10));
    }

    static ScenarioResult fail(String name, String... failures) {
        return ScenarioResult.of(name, null, List.of(failures), Duration.ofMillis(1260));
    }

    @Test
    void aFixedWidthTableThenTheClosingLine() {
        ScenarioReport report = new ScenarioReport(List.of(
                pass("NS-1 not allocated"),
                fail("NS-2 audited", "platformActions: expected [AGREE_REFUND] in order, platform saw [] (rules fired: [NS-5])",
                        "agentTasks: expected 0, notification-service has 1 task(s) [NS-5] (rules fired: [NS-5])")));

        assertThat(report.render()).isEqualTo("""
            SCENARIO            RESULT      TIME  DETAIL
            ------------------  ------  --------  ------
            NS-1 not allocated  PASS       0.0 s
            NS-2 audited        FAIL       1.3 s  platformActions: expected [AGREE_REFUND] in order, platform saw [] (rules fired: [NS-5])
            1 passed, 1 failed
            """);
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    void aStoryThatDoesNotApplyIsNeitherPassedNorFailedAndSaysWhy() {
        ScenarioReport report = new ScenarioReport(List.of(
                pass("RR-1 return"),
                ScenarioResult.notApplicable("RR-16 extended [PINDUODUO]", null, "n/a on PINDUODUO: needs EXTEND_RECEIPT")));

        assertThat(report.render()).isEqualTo("""
            SCENARIO                    RESULT      TIME  DETAIL
            --------------------------  ------  --------  ------
            RR-1 return                 PASS       0.0 s
            RR-16 extended [PINDUODUO]  N/A               n/a on PINDUODUO: needs EXTEND_RECEIPT
            1 passed, 0 failed, 1 not applicable
            """);
        assertThat(report.notApplicable()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(report.allPassed()).as("only failures fail a run").isTrue();
        assertThat(new ScenarioReport(List.of(fail("b", "x"), report.results().get(1))).closingLine())
                .isEqualTo("0 passed, 1 failed, 1 not applicable");
    }

    @Test
    void chineseNamesTakeTwoColumnsEach() {
        String rendered = new ScenarioReport(List.of(pass("退款 NS-1"), pass("NS-1 refund"))).render();

        List<String> lines = rendered.lines().toList();
        assertThat(lines.get(2)).isEqualTo("退款 NS-1    PASS       0.0 s");
        assertThat(lines.get(3)).isEqualTo("NS-1 refund  PASS       0.0 s");
        assertThat(ScenarioReport.width("退款 NS-1")).isEqualTo(9);
    }

    @Test
    void longNamesAreCutAndDetailsKeptOnOneLine() {
        String rendered = new ScenarioReport(List.of(fail("x".repeat(100), "line one\n  line two"))).render();

        String row = rendered.lines().toList().get(2);
        assertThat(row).startsWith("x".repeat(ScenarioReport.MAX_NAME_WIDTH - 1) + "…  FAIL       1.3 s  line one line two");
    }

    @Test
    void theWallTimeOfARunComesBeforeTheClosingLine() {
        List<String> lines = new ScenarioReport(List.of(pass("a"), fail("b", "x")), Duration.ofMillis(2500), 2)
                .render().lines().toList();

        assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
                "wall time 2.5 s on 2 systems side by side; the scenarios' own times add up to 1.3 s",
                "1 passed, 1 failed");
        assertThat(new ScenarioReport(List.of(pass("a")), Duration.ofMillis(900), 1).render())
                .contains("wall time 0.9 s on 1 system; the scenarios' own times add up to 0.0 s\n");
    }

    @Test
    void theClosingLineIsAloneOnTheLastLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ScenarioReport(List.of()).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("0 passed, 0 failed");
    }
}
