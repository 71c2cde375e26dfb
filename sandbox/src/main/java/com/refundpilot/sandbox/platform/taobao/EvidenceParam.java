package com.refundpilot.sandbox.platform.taobao;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code evidence} parameter: {@code KIND:reference} entries, comma-separated (a reference may hold colons,
 * the kind, in capitals, is what comes before the first one). No entry at all is code 40 naming {@code evidence}, a malformed
 * entry code 41.
 */
final class EvidenceParam {

    private EvidenceParam() {
    }

    static List<EvidenceUpload.Item> required(Map<String, String> params) {
        List<EvidenceUpload.Item> items = optional(params);
        if (items.isEmpty()) {
            throw TopApiException.missingParameter("evidence");
        }
        return items;
    }

    static List<EvidenceUpload.Item> optional(Map<String, String> params) {
        String text = params.get("evidence");
        List<EvidenceUpload.Item> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String entry : text.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String kind = colon < 0 ? "" : trimmed.substring(0, colon).trim();
            String reference = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
            // Upper-case kinds only, so that a bare URL ("https://…") is not read as kind "https"
            if (!kind.matches("[A-Z][A-Z_]*") || reference.isEmpty()) {
                throw TopApiException.invalidParameter("evidence",
                        "expected KIND:reference entries, comma-separated, got '" + trimmed + "'");
            }
            items.add(new EvidenceUpload.Item(kind, reference));
        }
        return items;
    }
}
