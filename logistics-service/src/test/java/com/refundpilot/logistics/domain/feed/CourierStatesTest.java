package com.refundpilot.logistics.domain.feed;

import static com.refundpilot.contracts.vocabulary.TrackingStatus.COLLECTED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.INTERCEPT_SUCCEEDED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.IN_TRANSIT;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.MISROUTED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.OUT_FOR_DELIVERY;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.REFUSED_BY_RECIPIENT;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.RETURNED_SIGNED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.RETURNING;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.SIGNED;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The couriers' codes of shared/docs/platforms.md, each with its canonical meaning (or none, with a reason). */
class CourierStatesTest {

    @Test
    void kuaidi100StatesOfThePlatformNotesMapAsDocumented() {
        Map<String, Optional<TrackingStatus>> documented = new LinkedHashMap<>();
        documented.put("0", Optional.of(IN_TRANSIT));
        documented.put("1", Optional.of(COLLECTED));
        documented.put("2", Optional.empty());
        documented.put("3", Optional.of(SIGNED));
        documented.put("4", Optional.of(RETURNED_SIGNED));
        documented.put("5", Optional.of(OUT_FOR_DELIVERY));
        documented.put("6", Optional.of(RETURNING));
        documented.put("7", Optional.of(IN_TRANSIT));
        documented.put("14", Optional.of(REFUSED_BY_RECIPIENT));

        documented.forEach((code, status) -> {
            CodeMeaning meaning = Kuaidi100States.of(code);
            assertThat(meaning.canonical()).as("state %s", code).isEqualTo(status);
            assertThat(meaning.confirmed()).as("state %s is in platforms.md", code).isTrue();
        });
        List<String> confirmed = Kuaidi100States.all().stream().filter(CodeMeaning::confirmed)
                .map(CodeMeaning::code).toList();
        assertThat(confirmed).containsExactlyInAnyOrderElementsOf(documented.keySet());
    }

    @Test
    void kdniaoStatesAndDetailsOfThePlatformNotesMapAsDocumented() {
        assertThat(KdniaoStates.of("0", null).canonical()).isEmpty();
        assertThat(KdniaoStates.of("1", null).canonical()).contains(COLLECTED);
        assertThat(KdniaoStates.of("2", null).canonical()).contains(IN_TRANSIT);
        assertThat(KdniaoStates.of("3", null).canonical()).contains(SIGNED);
        assertThat(KdniaoStates.of("4", null).canonical()).isEmpty();

        Map<String, Optional<TrackingStatus>> details = new LinkedHashMap<>();
        details.put("202", Optional.of(OUT_FOR_DELIVERY));
        details.put("211", Optional.of(OUT_FOR_DELIVERY));
        details.put("311", Optional.of(SIGNED));
        details.put("404", Optional.of(REFUSED_BY_RECIPIENT));
        details.put("406", Optional.of(RETURNED_SIGNED));
        details.put("407", Optional.of(RETURNING));
        details.put("413", Optional.of(INTERCEPT_SUCCEEDED));
        details.put("414", Optional.empty());
        details.put("422", Optional.of(MISROUTED));
        details.forEach((code, status) -> {
            CodeMeaning meaning = KdniaoStates.of(code.substring(0, 1), code);
            assertThat(meaning.canonical()).as("StateEx %s", code).isEqualTo(status);
            assertThat(meaning.confirmed()).as("StateEx %s is in platforms.md", code).isTrue();
        });
        assertThat(KdniaoStates.details().stream().filter(CodeMeaning::confirmed).map(CodeMeaning::code))
                .containsExactlyInAnyOrderElementsOf(details.keySet());
    }

    @Test
    void kdniaoReadsStateExFirstAndItsStateWhenTheDetailIsUnknown() {
        assertThat(KdniaoStates.of("2", "202").canonical()).contains(OUT_FOR_DELIVERY);
        assertThat(KdniaoStates.of("2", "2").canonical()).contains(IN_TRANSIT);
        assertThat(KdniaoStates.of("3", "399").canonical()).contains(SIGNED);
        CodeMeaning problem = KdniaoStates.of("4", "499");
        assertThat(problem.canonical()).isEmpty();
        assertThat(problem.noMeaningBecause()).contains("problem parcel");
    }

    @Test
    void everyCodeWithoutCanonicalMeaningSaysWhyAndAnUnknownCodeIsNoCrash() {
        assertThat(Kuaidi100States.all()).allSatisfy(meaning -> assertThat(meaning.canonical().isPresent()
                || !meaning.noMeaningBecause().isBlank()).isTrue());
        assertThat(KdniaoStates.details()).allSatisfy(meaning -> assertThat(meaning.canonical().isPresent()
                || !meaning.noMeaningBecause().isBlank()).isTrue());

        CodeMeaning kuaidi100 = Kuaidi100States.of("99");
        assertThat(kuaidi100.canonical()).isEmpty();
        assertThat(kuaidi100.noMeaningBecause()).contains("unknown Kuaidi100 state '99'");
        CodeMeaning kdniao = KdniaoStates.of("9", "987");
        assertThat(kdniao.canonical()).isEmpty();
        assertThat(kdniao.noMeaningBecause()).contains("'9'").contains("'987'");
        assertThat(KdniaoStates.of(null, null).canonical()).isEmpty();
    }
}
