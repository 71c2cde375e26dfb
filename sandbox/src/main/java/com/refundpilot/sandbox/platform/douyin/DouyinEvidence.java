package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import java.util.List;

/**
 * {@code submitEvidence}'s references (image URLs on the real platform, at most 4) as the model's evidence items: a
 * {@code KIND:reference} text keeps its kind (e.g. {@code SIGNING_PROOF:https://…}), anything else is an IMAGE.
 */
final class DouyinEvidence {

    static final int MAX_PIECES = 4;

    private DouyinEvidence() {
    }

    static List<EvidenceUpload.Item> items(List<String> references) {
        if (references.isEmpty()) {
            throw DouyinApiException.missing("evidence");
        }
        if (references.size() > MAX_PIECES) {
            throw DouyinApiException.invalid("evidence", "at most " + MAX_PIECES + " pieces, was " + references.size());
        }
        return references.stream().map(DouyinEvidence::item).toList();
    }

    private static EvidenceUpload.Item item(String reference) {
        int colon = reference.indexOf(':');
        if (colon > 0 && reference.substring(0, colon).matches("[A-Z][A-Z_]*")) {
            return new EvidenceUpload.Item(reference.substring(0, colon), reference.substring(colon + 1));
        }
        return new EvidenceUpload.Item("IMAGE", reference);
    }
}
