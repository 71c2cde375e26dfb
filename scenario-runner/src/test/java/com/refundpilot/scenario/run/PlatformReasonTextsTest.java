package com.refundpilot.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Reason;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlatformReasonTextsTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyCanonicalReasonHasAPlatformText(Reason reason) {
        assertThat(PlatformReasonTexts.textOf(reason)).isNotBlank();
    }

    @Test
    void textsAreDistinctSoTheReverseTableIsAFunction() {
        assertThat(new HashSet<>(PlatformReasonTexts.all().values())).hasSize(Reason.values().length);
        assertThat(PlatformReasonTexts.all()).hasSize(Reason.values().length);
    }

    @Test
    void theTaobaoTexts() {
        assertThat(PlatformReasonTexts.textOf(Reason.NOT_WANTED)).isEqualTo("不想要了");
        assertThat(PlatformReasonTexts.textOf(Reason.ORDERED_BY_MISTAKE)).isEqualTo("拍错/多拍");
        assertThat(PlatformReasonTexts.textOf(Reason.LATE_SHIPMENT)).isEqualTo("未按约定时间发货");
        assertThat(PlatformReasonTexts.textOf(Reason.NO_REASON_7D)).isEqualTo("7天无理由");
        assertThat(PlatformReasonTexts.textOf(Reason.OTHER)).isEqualTo("其他");
    }
}
