package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sharing the library out over platforms: in turn, passing over a platform the story does not apply to. */
class PlatformSharingTest {

    private static final Path RETURNS = Path.of("../scenarios/returns");
    private static final Set<String> PDD_LIKE = Set.of("AGREE_REFUND", "REFUSE", "NEGOTIATE", "AGREE_RETURN",
            "SEND_BUYER_MESSAGE");

    static Scenario load(String file) {
        return ScenarioCli.load(List.of(RETURNS.resolve(file)), new PrintStream(new ByteArrayOutputStream()))
                .orElseThrow().get(0);
    }

    @Test
    void scenariosGoToThePlatformsInTurnAndTheirOrdersAndReportMoveWithThem() {
        Scenario first = load("RR-1-return-agreed-inspected-refunded.yaml");
        Scenario second = load("RR-2-reminder-after-three-days.yaml");

        List<Scenario> shared = ScenarioCli.onPlatforms(List.of(first, second),
                List.of(Platform.GENERIC, Platform.JD));

        assertThat(shared.get(0).orders()).allSatisfy(o -> assertThat(o.platform()).isEqualTo(Platform.GENERIC));
        assertThat(shared.get(1).orders()).allSatisfy(o -> assertThat(o.platform()).isEqualTo(Platform.JD));
        assertThat(shared.get(0).name()).endsWith("[GENERIC]");
    }

    @Test
    void aPlatformTheStoryDoesNotApplyToIsPassedOverAndAPartialRefundIsReachedBy协商() {
        Scenario extension = load("RR-16-receipt-time-extended.yaml");
        Scenario partial = load("RR-9-affects-resale-partial-accepted.yaml");
        PlatformOffers offers = new PlatformOffers(Map.of(Platform.PINDUODUO, PDD_LIKE));

        List<Scenario> shared = ScenarioCli.onPlatforms(List.of(extension, partial),
                List.of(Platform.PINDUODUO, Platform.GENERIC), offers);

        assertThat(shared.get(0).orders().get(0).platform()).as("no EXTEND_RECEIPT there").isEqualTo(Platform.GENERIC);
        // the second starts its turn at GENERIC anyway; alone on PINDUODUO it still fits (协商 + agree)
        assertThat(ScenarioCli.onPlatforms(List.of(partial), List.of(Platform.PINDUODUO), offers).get(0).orders()
                .get(0).platform()).isEqualTo(Platform.PINDUODUO);
    }

    @Test
    void aStoryNoGivenPlatformCanPlayStaysOnItsTurnsPlatformToBeReportedNotApplicable() {
        Scenario extension = load("RR-16-receipt-time-extended.yaml");
        PlatformOffers offers = new PlatformOffers(Map.of(Platform.PINDUODUO, PDD_LIKE));

        Scenario placed = ScenarioCli.onPlatforms(List.of(extension), List.of(Platform.PINDUODUO), offers).get(0);

        assertThat(placed.orders().get(0).platform()).isEqualTo(Platform.PINDUODUO);
        assertThat(Applicability.whyNot(placed, offers)).contains("n/a on PINDUODUO: needs EXTEND_RECEIPT");
    }
}
