package com.refundpilot.platform.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.refundpilot.contracts.vocabulary.Platform;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every platform's open API by platform: a deployment missing one does not start, and no platform has two. */
class PlatformApisTest {

    private static PlatformApi serving(Set<Platform> platforms) {
        PlatformApi api = mock(PlatformApi.class);
        when(api.platforms()).thenReturn(platforms);
        return api;
    }

    @Test
    void aPlatformWithoutAnApiFailsTheStartNamingIt() {
        PlatformApi top = serving(Set.of(Platform.TAOBAO, Platform.TMALL));

        assertThatThrownBy(() -> PlatformApis.covering(List.of(top))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JD").hasMessageContaining("GENERIC").hasMessageNotContaining("TMALL");
    }

    @Test
    void everyPlatformCoveredIsFoundByItsPlatform() {
        PlatformApi top = serving(Set.of(Platform.TAOBAO, Platform.TMALL));
        Set<Platform> rest = EnumSet.complementOf(EnumSet.of(Platform.TAOBAO, Platform.TMALL));
        PlatformApi others = serving(rest);

        PlatformApis all = PlatformApis.covering(List.of(top, others));

        assertThat(all.of(Platform.TMALL)).containsSame(top);
        assertThat(all.of(Platform.JD)).containsSame(others);
    }

    @Test
    void twoApisForOnePlatformAreRefused() {
        assertThatThrownBy(() -> new PlatformApis(List.of(serving(Set.of(Platform.JD)), serving(Set.of(Platform.JD)))))
                .hasMessageContaining("two open APIs for JD");
    }
}
