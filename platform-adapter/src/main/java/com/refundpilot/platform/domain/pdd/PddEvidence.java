package com.refundpilot.platform.domain.pdd;

import com.refundpilot.contracts.vocabulary.Evidence;
import java.util.List;

/**
 * Evidence on PDD's wire (the sandbox's calls): {@code KIND:reference} entries, comma-separated, so a comma inside
 * a reference becomes a space.
 */
public final class PddEvidence {

    private PddEvidence() {
    }

    public static List<String> references(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.kind().name() + ":" + e.reference().replace(',', ' ').trim()).toList();
    }

    public static String wire(List<Evidence> evidence) {
        return String.join(",", references(evidence));
    }
}
