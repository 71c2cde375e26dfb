package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCliTest {

    static final String VALID = """
        name: valid
        order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
        steps:
          - at: PT0S
        expect: {}
        """;

    @TempDir
    Path dir;
    FakeSystem system;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() throws IOException {
        system = new FakeSystem();
    }

    @AfterEach
    void stop() {
        system.close();
    }

    String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedFileIsReportedWithFileKeyAndProblemAndNothingRuns() throws IOException {
        Files.writeString(dir.resolve("a-valid.yaml"), VALID);
        Path bad = Files.writeString(dir.resolve("b-bad.yaml"), VALID.replace("paidFen: 100", "paidFen: -5"));

        int exit = ScenarioCli.run(system, List.of(dir), out);

        assertThat(exit).isEqualTo(2);
        assertThat(output().lines().toList().get(0)).startsWith(bad + ": order.paidFen: ");
        assertThat(output()).doesNotContain("passed,");
        assertThat(system.log()).isEmpty();
    }

    @Test
    void everyMalformedFileIsReported() throws IOException {
        Path first = Files.writeString(dir.resolve("one.yaml"), VALID.replace("name: valid\n", ""));
        Path second = Files.writeString(dir.resolve("two.json"), "{\"name\": 1}");

        int exit = ScenarioCli.run(system, List.of(first, second), out);

        assertThat(exit).isEqualTo(2);
        assertThat(output().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith(first + ": name: "),
                line -> assertThat(line).startsWith(second + ": "),
                line -> assertThat(line).isEqualTo("2 malformed scenario files: nothing was run"));
        assertThat(system.log()).isEmpty();
    }

    @Test
    void noScenarioFilesIsAnError() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        assertThat(ScenarioCli.run(system, List.of(dir), out)).isEqualTo(2);
        assertThat(output()).startsWith("no scenario files (.yaml, .yml, .json) found in [" + dir + "]");
    }

    @Test
    void aMissingPathIsAnError() {
        Path missing = dir.resolve("nope");

        assertThat(ScenarioCli.run(system, List.of(missing), out)).isEqualTo(2);
        assertThat(output()).startsWith(missing + ": $: no such file or folder");
    }

    @Test
    void runsAndPrintsTheReportExitingZeroWhenAllPass() {
        int exit = ScenarioCli.run(system, List.of(ScenarioRunnerTest.NS1), out);

        assertThat(exit).isZero();
        List<String> lines = output().lines().toList();
        assertThat(lines.get(2)).startsWith("NS-1 refund only, not allocated and not audited  PASS");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void exitsOneWhenAScenarioFails() {
        system.extraAgree = true;

        int exit = ScenarioCli.run(system, List.of(ScenarioRunnerTest.NS1), out);

        assertThat(exit).isEqualTo(1);
        List<String> lines = output().lines().toList();
        assertThat(lines.get(2)).containsPattern("FAIL +[0-9.]+ s  invariant: refund R-NS1-1 received 2 agreeing calls");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("0 passed, 1 failed");
    }
}
