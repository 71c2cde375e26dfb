package com.refundpilot.platform.config;

import com.refundpilot.contracts.vocabulary.PlatformAction;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a platform's adapter announces on every {@code refund.requested} and carries out: the actions with a public
 * call ({@code capabilities}) and those only the sandbox's assumed calls carry out ({@code assumed-capabilities},
 * empty by default, i.e. for a shop on the real platform; whatever runs against the sandbox sets it).
 */
final class AnnouncedActions {

    private AnnouncedActions() {
    }

    static Set<PlatformAction> of(Set<PlatformAction> capabilities, Set<PlatformAction> assumed) {
        Set<PlatformAction> all = EnumSet.noneOf(PlatformAction.class);
        if (capabilities != null) {
            all.addAll(capabilities);
        }
        if (assumed != null) {
            all.addAll(assumed);
        }
        return Collections.unmodifiableSet(all);
    }
}
