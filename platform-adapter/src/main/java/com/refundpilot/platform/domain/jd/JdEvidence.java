package com.refundpilot.platform.domain.jd;

import com.refundpilot.contracts.vocabulary.Evidence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An evidence pack on the JD wire: {@code KIND:reference} entries, comma-separated. A comma inside a reference would
 * split it, so it becomes a space.
 */
public final class JdEvidence {

    private JdEvidence() {
    }

    public static String wire(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.kind().name() + ":" + e.reference().replace(',', ' ').trim())
                .collect(Collectors.joining(","));
    }
}
