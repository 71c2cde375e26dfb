package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import java.util.List;

/**
 * Generic evidence references as the model's evidence items and back. A {@code KIND:reference} string (kind in
 * capitals, as on TOP) keeps its kind; any other reference is of kind {@code REFERENCE}. Read back, each item is
 * the string the merchant sent.
 */
final class GenericEvidence {

    static final String PLAIN = "REFERENCE";

    private GenericEvidence() {
    }

    static EvidenceUpload.Item item(String reference) {
        int colon = reference.indexOf(':');
        if (colon > 0 && reference.substring(0, colon).matches("[A-Z][A-Z_]*") && colon < reference.length() - 1) {
            return new EvidenceUpload.Item(reference.substring(0, colon), reference.substring(colon + 1));
        }
        return new EvidenceUpload.Item(PLAIN, reference);
    }

    static String reference(EvidenceUpload.Item item) {
        return item.kind().equals(PLAIN) ? item.reference() : item.kind() + ":" + item.reference();
    }

    /** Every reference of every pack, oldest first. */
    static List<String> references(List<EvidenceUpload> uploads) {
        return uploads.stream().flatMap(u -> u.evidence().stream()).map(GenericEvidence::reference).toList();
    }
}
