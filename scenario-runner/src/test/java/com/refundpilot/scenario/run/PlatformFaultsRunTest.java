package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.scenario.parse.ScenarioParser;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scenario played under a platform outage must leave the trace it leaves without one. */
class PlatformFaultsRunTest {

    private static final PlatformFaults HALF = new PlatformFaults(0.5, Duration.ofMillis(300), 7);

    private final ScenarioParser parser = new ScenarioParser();
    private FakeSystem system;
    private ScenarioRunner runner;

    @BeforeEach
    void start() throws IOException {
        system = new FakeSystem();
        system.reacts = true;
        runner = new ScenarioRunner(system, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void aStoryThatKeepsItsTraceUnderFaultsPassesAndTheFaultsAreInjectedThenCleared() {
        ScenarioResult result = runner.runUnderFaults(parser.parse(ScenarioRunnerTest.NS1), HALF);

        assertThat(result.failures()).isEmpty();
        assertThat(system.log()).filteredOn(line -> line.startsWith("POST /sb/sandbox/faults")).hasSize(6);
        assertThat(system.log()).contains("DELETE /sb/sandbox/faults");
        assertThat(system.faults).as("cleared after the run").isEmpty();
        assertThat(system.breakersClosed).as("each of the two runs starts with closed breakers").isEqualTo(2);
        assertThat(system.body("POST /sb/sandbox/faults").get("failRate").asDouble()).isEqualTo(0.5);
        assertThat(system.body("POST /sb/sandbox/faults").get("delay").asString()).isEqualTo("PT0.3S");
    }

    @Test
    void anActionLostUnderFaultsFailsTheRunNamingIt() {
        system.agreeLostUnderFaults = true;

        ScenarioResult result = runner.runUnderFaults(parser.parse(ScenarioRunnerTest.NS1), HALF);

        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).noneMatch(f -> f.startsWith("without faults"));
        assertThat(result.failures()).anyMatch(f -> f.endsWith("R-NS1-1: platform call AGREE_REFUND 12900 lost under faults"));
    }

    @Test
    void anActionDoubledUnderFaultsFailsTheRun() {
        PlatformTrace clean = new PlatformTrace(java.util.Map.of("R1",
                new PlatformTrace.Refund(java.util.List.of("AGREE_REFUND 100"), 1, java.util.List.of())));
        PlatformTrace doubled = new PlatformTrace(java.util.Map.of("R1",
                new PlatformTrace.Refund(java.util.List.of("AGREE_REFUND 100", "AGREE_REFUND 100"), 1,
                        java.util.List.of("PLATFORM_UNAVAILABLE"))));

        assertThat(clean.differencesTo(doubled)).containsExactly(
                "R1: platform call AGREE_REFUND 100 under faults only (a duplicate or a different story)",
                "R1: agent task PLATFORM_UNAVAILABLE under faults only");
        assertThat(clean.differencesTo(clean)).isEmpty();
    }

    @Test
    void afterTheLastStepTheClockRunsOnToTheDeferredDeliveriesUntilNoneWaits() {
        system.agreeDeferredUnderFaults = Duration.ofHours(80); // due after the story's last step, at +73 h

        ScenarioResult result = runner.runUnderFaults(parser.parse(ScenarioRunnerTest.NS1), HALF);

        assertThat(result.failures()).isEmpty();
        Instant start = Instant.parse("2026-11-10T13:30:00Z");
        assertThat(system.log()).containsSubsequence("clock " + start.plus(Duration.ofHours(73)), "settle",
                "clock " + start.plus(Duration.ofHours(80)), "settle", "DELETE /sb/sandbox/faults");
    }

    @Test
    void underFaultsTheClockStopsAtEveryTimerOnTheWayToAStep() {
        Instant start = Instant.parse("2026-11-10T13:30:00Z");
        system.timers.add(start.plus(Duration.ofHours(24)));
        system.timers.add(start.plus(Duration.ofHours(70)));
        system.timers.add(start.plus(Duration.ofHours(90))); // after the last step: not on any way

        runner.runUnderFaults(parser.parse(ScenarioRunnerTest.NS1), HALF);

        List<String> faultyRun = system.log().subList(system.log().lastIndexOf("clock " + start), system.log().size());
        assertThat(faultyRun).containsSubsequence("clock " + start.plus(Duration.ofHours(24)), "settle",
                "clock " + start.plus(Duration.ofHours(70)), "settle", "clock " + start.plus(Duration.ofHours(73)));
        assertThat(faultyRun).doesNotContain("clock " + start.plus(Duration.ofHours(90)));
        List<String> referenceRun = system.log().subList(0, system.log().lastIndexOf("clock " + start));
        assertThat(referenceRun).as("the reference run's clock stops there too")
                .contains("clock " + start.plus(Duration.ofHours(24)));
        ScenarioRunner plain = new ScenarioRunner(system, Duration.ofSeconds(5));
        int before = system.log().size();
        plain.run(parser.parse(ScenarioRunnerTest.NS1));
        assertThat(system.log().subList(before, system.log().size())).as("a plain run's clock jumps")
                .doesNotContain("clock " + start.plus(Duration.ofHours(24)));
    }

    @Test
    void theOutageIsWrittenFailRateThenDelay() {
        assertThat(PlatformFaults.parse("0.5,PT0.3S")).isEqualTo(new PlatformFaults(0.5, Duration.ofMillis(300), 1));
        assertThat(PlatformFaults.parse("0.2").delay()).isZero();
        assertThatThrownBy(() -> PlatformFaults.parse("half")).hasMessageContaining("fail rate");
        assertThatThrownBy(() -> PlatformFaults.parse("1")).hasMessageContaining("below 1");
        assertThatThrownBy(() -> PlatformFaults.parse("0.5,slow")).hasMessageContaining("ISO-8601");
    }
}
