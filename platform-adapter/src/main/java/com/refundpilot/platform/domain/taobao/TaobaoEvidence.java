package com.refundpilot.platform.domain.taobao;

import com.refundpilot.contracts.vocabulary.Evidence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An evidence pack on the Taobao wire: {@code KIND:reference} entries, comma-separated. A comma inside a reference
 * would split it, so it becomes a space (as in a refusal's refuse_proof).
 */
public final class TaobaoEvidence {

    private TaobaoEvidence() {
    }

    public static String wire(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.kind().name() + ":" + reference(e)).collect(Collectors.joining(","));
    }

    /** The reference as it can stand in a comma-separated list. */
    public static String reference(Evidence evidence) {
        return evidence.reference().replace(',', ' ').trim();
    }
}
