package com.refundpilot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios command refuses bad arguments and malformed files before starting any system (exit 2). */
class LauncherMainTest {

    @TempDir
    Path dir;

    @Test
    void aBadParallelCountOrAnUnknownOptionStartsNothing() throws IOException {
        Path valid = Files.writeString(dir.resolve("ok.yaml"), """
            name: ok
            order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
            steps: [{at: PT0S}]
            expect: {}
            """);

        assertThat(LauncherMain.runScenarios(List.of("--parallel", "0", valid.toString()))).isEqualTo(2);
        assertThat(LauncherMain.runScenarios(List.of("--parallel=many", valid.toString()))).isEqualTo(2);
        assertThat(LauncherMain.runScenarios(List.of("--parallel"))).isEqualTo(2);
        assertThat(LauncherMain.runScenarios(List.of("--fast", valid.toString()))).isEqualTo(2);
        assertThat(LauncherMain.runScenarios(List.of("--parallel", "2"))).isEqualTo(2);
    }

    @Test
    void aMalformedFileStartsNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
            name: bad
            order: {platform: TAOBAO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
            steps: [{at: PT0S, system: {restart: nosuch}}]
            expect: {}
            """);

        assertThat(LauncherMain.runScenarios(List.of("--parallel", "2", bad.toString()))).isEqualTo(2);
    }
}
