package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.parse.ScenarioParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several independent systems play a list of scenarios side by side; the report keeps the list's order. */
class ScenarioPoolTest {

    FakeSystem one;
    FakeSystem two;

    @BeforeEach
    void start() throws IOException {
        one = new FakeSystem();
        two = new FakeSystem();
    }

    @AfterEach
    void stop() {
        one.close();
        two.close();
    }

    private static long refundsPlayedOn(FakeSystem system) {
        return system.log().stream().filter(l -> l.equals("POST /sb/sandbox/platforms/taobao/refunds")).count();
    }

    @Test
    void everyScenarioRunsOnceOnOneOfTheSystemsAndResultsKeepTheListsOrder() {
        Scenario ns1 = new ScenarioParser().parse(ScenarioRunnerTest.NS1);
        Scenario failing = new ScenarioParser().parse(Path.of("f.yaml"), """
            name: fails
            order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
            steps:
              - {at: PT0S, platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: OTHER, amountFen: 100}}
              - {at: PT1H, platform: {event: NEGOTIATION_REJECTED, refundId: R1, deadlineIn: PT24H}}
            expect: {}
            """);
        List<Scenario> scenarios = List.of(ns1, failing, ns1, ns1, ns1);

        List<ScenarioResult> results = new ScenarioPool(List.of(one, two), Duration.ofSeconds(5)).runAll(scenarios);

        assertThat(results).extracting(ScenarioResult::name).containsExactly(ns1.name(), "fails", ns1.name(),
                ns1.name(), ns1.name());
        assertThat(results).extracting(ScenarioResult::passed).containsExactly(true, false, true, true, true);
        assertThat(refundsPlayedOn(one) + refundsPlayedOn(two)).isEqualTo(4);
    }

    /** Systems started by their workers; the second one never comes up. */
    private ScenarioPool.Systems secondFailsToStart(List<String> started) {
        return new ScenarioPool.Systems() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public ScenarioSystem system(int index) {
                started.add(Thread.currentThread().getName());
                if (index == 1) {
                    throw new IllegalStateException("port 9092 is taken");
                }
                return one;
            }
        };
    }

    @Test
    void eachWorkerStartsItsSystemAndASystemThatDoesNotStartLeavesItsShareToTheOthers() {
        Scenario ns1 = new ScenarioParser().parse(ScenarioRunnerTest.NS1);
        List<String> started = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        List<ScenarioResult> results = new ScenarioPool(secondFailsToStart(started), Duration.ofSeconds(5))
                .runAll(List.of(ns1, ns1, ns1));

        assertThat(results).extracting(ScenarioResult::passed).containsExactly(true, true, true);
        assertThat(refundsPlayedOn(one)).isEqualTo(3);
        assertThat(started).containsExactlyInAnyOrder("scenario-system-1", "scenario-system-2");
    }

    @Test
    void scenariosNoSystemCouldPlayFailWithTheReason() {
        Scenario ns1 = new ScenarioParser().parse(ScenarioRunnerTest.NS1);
        ScenarioPool.Systems none = new ScenarioPool.Systems() {
            @Override
            public int size() {
                return 1;
            }

            @Override
            public ScenarioSystem system(int index) {
                throw new IllegalStateException("out of memory");
            }
        };

        List<ScenarioResult> results = new ScenarioPool(none, Duration.ofSeconds(5)).runAll(List.of(ns1));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo(
                "not run: no system could play it (system 1 did not start: java.lang.IllegalStateException: out of memory)"));
    }

    @Test
    void theLikelyLongestScenariosAreHandedOutFirst() {
        ScenarioParser parser = new ScenarioParser();
        String template = """
            name: %s
            order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
            steps: [%s]
            expect: {}
            """;
        Scenario oneStep = parser.parse(Path.of("a.yaml"), template.formatted("a", "{at: PT0S}"));
        Scenario threeSteps = parser.parse(Path.of("b.yaml"), template.formatted("b", "{at: PT0S}, {at: PT1H}, {at: PT2H}"));
        Scenario restart = parser.parse(Path.of("c.yaml"), template.formatted("c", "{at: PT1H, system: {restart: refund-service}}"));

        assertThat(ScenarioPool.longestFirst(List.of(oneStep, threeSteps, restart, oneStep))).containsExactly(2, 1, 0, 3);
    }

    @Test
    void theCliPrintsEachScenariosTimeAndTheWallTime() {
        var bytes = new java.io.ByteArrayOutputStream();
        var out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        Scenario ns1 = new ScenarioParser().parse(ScenarioRunnerTest.NS1);

        int exit = ScenarioCli.runLoaded(ScenarioPool.Systems.running(List.of(one, two)), List.of(ns1, ns1), out);

        List<String> lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines.get(2)).matches("NS-1 refund only, not allocated and not audited  PASS +[0-9]+\\.[0-9] s");
        assertThat(lines.get(lines.size() - 2)).matches("wall time [0-9]+\\.[0-9] s on 2 systems side by side; the "
                + "scenarios' own times add up to [0-9]+\\.[0-9] s");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 passed, 0 failed");
    }
}
